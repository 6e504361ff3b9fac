package org.flipside.it;

class ProgrammeLifecycleOnH2Test extends ProgrammeLifecycleContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
