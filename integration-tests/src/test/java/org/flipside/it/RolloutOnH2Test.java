package org.flipside.it;

class RolloutOnH2Test extends RolloutContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
