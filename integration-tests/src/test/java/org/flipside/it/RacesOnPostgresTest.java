package org.flipside.it;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class RacesOnPostgresTest extends RacesContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
