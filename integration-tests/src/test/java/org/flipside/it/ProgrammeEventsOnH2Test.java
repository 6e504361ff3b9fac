package org.flipside.it;

/** Planned events on the embedded H2 database, Flipside as a plain library. */
class ProgrammeEventsOnH2Test extends ProgrammeEventsContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
