package org.flipside.it;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class CoachingOnPostgresTest extends CoachingContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
