package org.flipside.it;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The pairs' own rhythm on PostgreSQL, Flipside as a plain library. */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class PairRhythmOnPostgresTest extends PairRhythmContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
