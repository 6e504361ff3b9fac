package org.flipside.model.evaluation;

import org.flipside.model.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The evaluation store on PostgreSQL, in a schema of its own. */
@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_SWITCH, matches = "true")
class PostgresEvaluationStoreTest extends EvaluationStoreContractTest {

  @Override
  protected TestDatabase openDatabase() {
    return TestDatabase.postgres();
  }
}
