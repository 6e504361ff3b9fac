package org.flipside.api;

/**
 * When a programme's organisational figures were taken.
 *
 * @since 1.0
 */
public enum OutcomeStage {
  /** The baseline, when the pilot was scoped. */
  SCOPING,
  /** Again, at the evaluation. */
  EVALUATION,
  /**
   * Again, after the report: a year on, say, to see whether the change lasts.
   *
   * @since 1.1
   */
  FOLLOW_UP
}
