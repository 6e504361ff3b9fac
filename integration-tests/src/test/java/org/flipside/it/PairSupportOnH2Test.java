package org.flipside.it;

class PairSupportOnH2Test extends PairSupportContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
