package org.flipside.model.repository;

import org.flipside.model.testing.TestDatabase;

/** The repository contract on an in-memory H2 database. */
class H2RepositoryTest extends RepositoryContractTest {

  @Override
  protected TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
