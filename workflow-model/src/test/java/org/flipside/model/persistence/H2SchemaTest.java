package org.flipside.model.persistence;

import org.flipside.model.testing.TestDatabase;

/** Migrations and schema rules on H2. */
class H2SchemaTest extends SchemaContractTest {

  @Override
  protected TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
