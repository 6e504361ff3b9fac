package org.flipside.it;

class GoldPharmaReplayOnH2Test extends GoldPharmaReplayContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
