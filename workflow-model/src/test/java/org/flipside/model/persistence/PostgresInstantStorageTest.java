package org.flipside.model.persistence;

import org.flipside.model.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Instant storage on PostgreSQL. */
@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_SWITCH, matches = "true")
class PostgresInstantStorageTest extends InstantStorageContractTest {

  @Override
  protected TestDatabase openDatabase() {
    return TestDatabase.postgres();
  }
}
