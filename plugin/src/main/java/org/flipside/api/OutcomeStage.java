package org.flipside.api;

/**
 * When a programme's organisational figures were taken.
 *
 * @since 0.2
 */
public enum OutcomeStage {
  /** The baseline, when the pilot was scoped. */
  SCOPING,
  /** Again, at the evaluation. */
  EVALUATION
}
