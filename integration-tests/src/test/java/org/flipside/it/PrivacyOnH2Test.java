package org.flipside.it;

class PrivacyOnH2Test extends PrivacyContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
