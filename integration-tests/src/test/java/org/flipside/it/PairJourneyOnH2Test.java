package org.flipside.it;

/** The pair's journey on the embedded H2 database, Flipside as a plain library. */
class PairJourneyOnH2Test extends PairJourneyContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
