package org.flipside.it;

class MatchReviewOnH2Test extends MatchReviewContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
