package org.flipside.it;

class FairnessAttackOnH2Test extends FairnessAttackContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
