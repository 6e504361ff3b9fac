package org.flipside.it;

class ProcessLibraryOnH2Test extends ProcessLibraryContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
