package org.flipside.it;


class PairSupportAndHostEventsOnH2Test extends PairSupportAndHostEventsContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
