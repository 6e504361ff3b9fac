package org.flipside.model.evaluation;

import org.flipside.model.testing.TestDatabase;

/** The evaluation store on an in-memory H2 database. */
class H2EvaluationStoreTest extends EvaluationStoreContractTest {

  @Override
  protected TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
