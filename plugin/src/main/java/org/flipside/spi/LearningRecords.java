package org.flipside.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Records recognition for mentors in the host's learning system (learning credits, certificates).
 * A host may leave it out: recognition records then wait in Flipside's outbox, and the log says so,
 * until a host offers one.
 *
 * @since 1.0
 */
@ConsumerType
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
