package org.flipside.it;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Sheffield's reciprocal cascade on PostgreSQL, Flipside as a plain library. */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class CascadeMatchingOnPostgresTest extends CascadeMatchingContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
