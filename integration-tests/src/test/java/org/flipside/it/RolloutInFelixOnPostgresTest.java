package org.flipside.it;

import org.flipside.sandbox.host.FelixHost;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The rollout through the OSGi services of the bundle the build produced, inside Apache Felix, on PostgreSQL. */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class RolloutInFelixOnPostgresTest extends RolloutContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }

  @Override
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database, settings -> FelixHost.start(settings).flipside());
  }
}
