package org.flipside.it;

class NothingPersonalInTheEngineOnH2Test extends NothingPersonalInTheEngineContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
