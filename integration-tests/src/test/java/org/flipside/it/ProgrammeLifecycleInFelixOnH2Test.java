package org.flipside.it;

import org.flipside.sandbox.host.FelixHost;

/** The whole pilot through the OSGi services of the bundle the build produced, inside Apache Felix. */
class ProgrammeLifecycleInFelixOnH2Test extends ProgrammeLifecycleContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }

  @Override
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database, settings -> FelixHost.start(settings).flipside());
  }
}
