package org.flipside.it;

class RacesOnH2Test extends RacesContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
