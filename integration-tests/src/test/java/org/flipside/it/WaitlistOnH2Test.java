package org.flipside.it;

class WaitlistOnH2Test extends WaitlistContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
