package org.flipside.model.persistence;

import org.flipside.model.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Migrations and schema rules on PostgreSQL. */
@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_SWITCH, matches = "true")
class PostgresSchemaTest extends SchemaContractTest {

  @Override
  protected TestDatabase openDatabase() {
    return TestDatabase.postgres();
  }
}
