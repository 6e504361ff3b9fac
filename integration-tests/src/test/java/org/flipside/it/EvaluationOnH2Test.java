package org.flipside.it;

class EvaluationOnH2Test extends EvaluationContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
