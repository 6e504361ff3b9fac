package org.flipside.model.privacy;

import org.flipside.model.testing.TestDatabase;

class AuditLogOnH2Test extends AuditLogContract {

  @Override
  protected TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
