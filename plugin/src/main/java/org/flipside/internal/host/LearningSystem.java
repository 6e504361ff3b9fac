package org.flipside.internal.host;

import java.util.concurrent.atomic.AtomicReference;
import org.flipside.spi.LearningRecords;
import org.flipside.spi.Recognition;

/**
 * The host's learning system, which the host may offer, withdraw and offer again while Flipside
 * runs. Without one, recognition records wait in the outbox.
 */
public final class LearningSystem {

  private final AtomicReference<LearningRecords> current = new AtomicReference<>();

  /** A learning system that starts with the given service, or none when it is {@code null}. */
  public LearningSystem(LearningRecords initial) {
    current.set(initial);
  }

  /** The host offers its service. */
  public void offer(LearningRecords records) {
    current.set(records);
  }

  /** The host withdraws the service; a newer one it offered meanwhile stays. */
  public void withdraw(LearningRecords records) {
    current.compareAndSet(records, null);
  }

  /** Whether the host offers a service now. */
  public boolean isOffered() {
    return current.get() != null;
  }

  /** Hands a record to the host's service; throws while there is none, so the record waits. */
  void record(Recognition recognition) {
    LearningRecords records = current.get();
    if (records == null) {
      throw new IllegalStateException("the host offers no LearningRecords service; the recognition for "
          + recognition.employeeId() + " waits in Flipside's outbox until it does");
    }
    records.record(recognition);
  }
}
