package org.flipside.it;

class CoachingOnH2Test extends CoachingContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
