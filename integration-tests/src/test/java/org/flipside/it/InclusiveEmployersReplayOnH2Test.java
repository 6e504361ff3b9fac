package org.flipside.it;

/** The Inclusive Employers guide replayed at a housing association on H2, Flipside as a plain library. */
class InclusiveEmployersReplayOnH2Test extends InclusiveEmployersReplayContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
