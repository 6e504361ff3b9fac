package org.flipside.it;

class InboxWhileTasksCloseOnH2Test extends InboxWhileTasksCloseContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
