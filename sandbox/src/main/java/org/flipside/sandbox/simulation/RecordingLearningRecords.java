package org.flipside.sandbox.simulation;

import org.flipside.spi.LearningRecords;
import org.flipside.spi.Recognition;

/** The sandbox host's learning system: counts each mentor's recognition record it receives. */
final class RecordingLearningRecords implements LearningRecords {

  private final Tally tally;

  RecordingLearningRecords(Tally tally) {
    this.tally = tally;
  }

  @Override
  public void record(Recognition recognition) {
    tally.add(Tallied.RECOGNITIONS_SENT);
  }
}
