package org.flipside.it;

import org.flipside.spi.LearningRecords;
import org.flipside.spi.Recognition;

/** Keeps every recognition record, for the tests to read; can be taken down like a host's service. */
final class RecordingLearningRecords extends RecordingHostService<Recognition> implements LearningRecords {

  RecordingLearningRecords() {
    super("learning system");
  }

  @Override
  public void record(Recognition recognition) {
    super.record(recognition);
  }
}
