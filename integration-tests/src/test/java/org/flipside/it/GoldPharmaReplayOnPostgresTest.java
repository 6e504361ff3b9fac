package org.flipside.it;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class GoldPharmaReplayOnPostgresTest extends GoldPharmaReplayContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
