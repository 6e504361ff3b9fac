package org.flipside.it;

import org.flipside.sandbox.host.FelixHost;

/** Pair support and host events through the OSGi services of the bundle the build produced, inside Apache Felix. */
class PairSupportAndHostEventsInFelixOnH2Test extends PairSupportAndHostEventsContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }

  @Override
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database, settings -> FelixHost.start(settings).flipside());
  }
}
