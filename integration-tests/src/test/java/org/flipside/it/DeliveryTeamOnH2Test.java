package org.flipside.it;

class DeliveryTeamOnH2Test extends DeliveryTeamContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
