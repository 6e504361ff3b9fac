package org.flipside.model.repository;

import org.flipside.model.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The repository contract on PostgreSQL, in a schema of its own. */
@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_SWITCH, matches = "true")
class PostgresRepositoryTest extends RepositoryContractTest {

  @Override
  protected TestDatabase openDatabase() {
    return TestDatabase.postgres();
  }
}
