package org.flipside.it;

class ChiefPharmacyOfficeReplayOnH2Test extends ChiefPharmacyOfficeReplayContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
