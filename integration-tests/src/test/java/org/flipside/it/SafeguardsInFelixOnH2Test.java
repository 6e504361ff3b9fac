package org.flipside.it;

import org.flipside.sandbox.host.FelixHost;

/**
 * The safeguards through the bundle's OSGi services inside Apache Felix: one transaction, refused
 * submissions, access, concurrent completions, and a notifier that is down for a while.
 */
class SafeguardsInFelixOnH2Test extends SafeguardsContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }

  @Override
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database, settings -> FelixHost.start(settings).flipside());
  }
}
