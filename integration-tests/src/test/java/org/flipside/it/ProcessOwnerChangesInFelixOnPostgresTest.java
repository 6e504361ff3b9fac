package org.flipside.it;

import org.flipside.sandbox.host.FelixHost;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** A process owner's changes deployed through the bundle's OSGi service inside Apache Felix, on PostgreSQL. */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class ProcessOwnerChangesInFelixOnPostgresTest extends ProcessOwnerChangesContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }

  @Override
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database, settings -> FelixHost.start(settings).flipside());
  }
}
