package org.flipside.it;

/** Sheffield Health and Social Care's programme replayed on the embedded H2 database, Flipside as a plain library. */
class SheffieldReplayOnH2Test extends SheffieldReplayContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
