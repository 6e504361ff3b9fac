package org.flipside.it;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The Inclusive Employers guide replayed at a housing association on PostgreSQL, Flipside as a plain library. */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class InclusiveEmployersReplayOnPostgresTest extends InclusiveEmployersReplayContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
