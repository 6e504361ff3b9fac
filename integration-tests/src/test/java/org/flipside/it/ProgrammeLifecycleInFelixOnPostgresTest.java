package org.flipside.it;

import org.flipside.sandbox.host.FelixHost;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The whole pilot through the bundle's OSGi services inside Apache Felix, on PostgreSQL. */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class ProgrammeLifecycleInFelixOnPostgresTest extends ProgrammeLifecycleContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }

  @Override
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database, settings -> FelixHost.start(settings).flipside());
  }
}
