package org.flipside.it;

class HardeningOnH2Test extends HardeningContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
