package org.flipside.spi;

/**
 * Records recognition for mentors in the host's learning system (learning credits, certificates).
 * A host may leave it out: recognition records then wait in Flipside's outbox, and the log says so,
 * until a host offers one.
 *
 * @since 0.1
 */
public interface LearningRecords {

  /**
   * Records one recognition. Flipside keeps every record until this returns normally, and tries
   * again later, with a growing pause, when it throws.
   *
   * @param recognition the record
   * @throws RuntimeException when the host cannot take it now
   */
  void record(Recognition recognition);
}
