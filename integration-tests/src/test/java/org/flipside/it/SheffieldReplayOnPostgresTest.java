package org.flipside.it;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Sheffield Health and Social Care's programme replayed on PostgreSQL, Flipside as a plain library. */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class SheffieldReplayOnPostgresTest extends SheffieldReplayContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
