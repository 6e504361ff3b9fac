package org.flipside.it;

class OperationsOnH2Test extends OperationsContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
