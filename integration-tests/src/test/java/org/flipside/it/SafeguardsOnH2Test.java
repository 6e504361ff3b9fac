package org.flipside.it;

class SafeguardsOnH2Test extends SafeguardsContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
