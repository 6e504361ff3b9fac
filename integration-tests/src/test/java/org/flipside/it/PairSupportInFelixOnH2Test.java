package org.flipside.it;

import org.flipside.sandbox.host.FelixHost;

/** Concerns, group learning and recognition through the OSGi services of the bundle, inside Apache Felix. */
class PairSupportInFelixOnH2Test extends PairSupportContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }

  @Override
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database, FelixHost::start);
  }
}
