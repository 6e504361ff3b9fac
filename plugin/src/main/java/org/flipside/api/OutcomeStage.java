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
  EVALUATION
}
