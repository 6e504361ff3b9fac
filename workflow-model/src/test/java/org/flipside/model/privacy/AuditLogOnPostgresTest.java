package org.flipside.model.privacy;

import org.flipside.model.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_SWITCH, matches = "true")
class AuditLogOnPostgresTest extends AuditLogContract {

  @Override
  protected TestDatabase openDatabase() {
    return TestDatabase.postgres();
  }
}
