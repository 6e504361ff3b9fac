package org.flipside.it;

class ProcessOwnerChangesOnH2Test extends ProcessOwnerChangesContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
