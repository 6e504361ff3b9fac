package org.flipside.it;

/** Sheffield's reciprocal cascade on the embedded H2 database, Flipside as a plain library. */
class CascadeMatchingOnH2Test extends CascadeMatchingContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
