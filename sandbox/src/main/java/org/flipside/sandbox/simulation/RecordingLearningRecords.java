package org.flipside.sandbox.simulation;

import org.flipside.spi.LearningRecords;
import org.flipside.spi.Recognition;

/** The sandbox host's learning system: counts each mentor's recognition record it receives. */
final class RecordingLearningRecords implements LearningRecords {

  private volatile Tally tally;

  RecordingLearningRecords(Tally tally) {
    this.tally = tally;
  }

  /** Counts the records received from now on in another programme's tally. */
  void countInto(Tally another) {
    tally = another;
  }

  @Override
  public void record(Recognition recognition) {
    tally.add(Tallied.RECOGNITIONS_SENT);
  }
}
