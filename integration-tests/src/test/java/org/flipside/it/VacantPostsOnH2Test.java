package org.flipside.it;

class VacantPostsOnH2Test extends VacantPostsContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
