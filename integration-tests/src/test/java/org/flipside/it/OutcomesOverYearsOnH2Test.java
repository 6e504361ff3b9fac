package org.flipside.it;

class OutcomesOverYearsOnH2Test extends OutcomesOverYearsContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
