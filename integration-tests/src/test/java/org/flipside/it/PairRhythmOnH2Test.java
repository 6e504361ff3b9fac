package org.flipside.it;

/** The pairs' own rhythm on the embedded H2 database, Flipside as a plain library. */
class PairRhythmOnH2Test extends PairRhythmContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
