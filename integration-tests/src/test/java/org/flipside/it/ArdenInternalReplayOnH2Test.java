package org.flipside.it;

class ArdenInternalReplayOnH2Test extends ArdenInternalReplayContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
