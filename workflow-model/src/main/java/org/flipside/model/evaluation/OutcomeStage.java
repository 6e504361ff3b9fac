package org.flipside.model.evaluation;

/** When organisational figures were taken. */
public enum OutcomeStage {
  /** The baseline, when the pilot was scoped. */
  SCOPING,
  /** Again, at the evaluation. */
  EVALUATION
}
