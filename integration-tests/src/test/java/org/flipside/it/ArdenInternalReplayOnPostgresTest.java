package org.flipside.it;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class ArdenInternalReplayOnPostgresTest extends ArdenInternalReplayContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
