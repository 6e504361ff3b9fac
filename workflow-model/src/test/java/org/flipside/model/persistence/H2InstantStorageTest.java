package org.flipside.model.persistence;

import org.flipside.model.testing.TestDatabase;

/** Instant storage on H2. */
class H2InstantStorageTest extends InstantStorageContractTest {

  @Override
  protected TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
