package org.flipside.it;

import org.flipside.sandbox.host.FelixHost;

/** The match review through the OSGi services of the bundle the build produced, inside Apache Felix. */
class MatchReviewInFelixOnH2Test extends MatchReviewContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }

  @Override
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database, settings -> FelixHost.start(settings).flipside());
  }
}
