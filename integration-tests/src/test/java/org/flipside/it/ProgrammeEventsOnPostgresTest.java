package org.flipside.it;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Planned events on PostgreSQL, Flipside as a plain library. */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class ProgrammeEventsOnPostgresTest extends ProgrammeEventsContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
