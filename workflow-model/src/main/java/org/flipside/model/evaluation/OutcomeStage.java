package org.flipside.model.evaluation;

/** When organisational figures were taken. */
public enum OutcomeStage {
  /** The baseline, when the pilot was scoped. */
  SCOPING("At scoping"),
  /** Again, at an evaluation. */
  EVALUATION("At evaluation"),
  /** Again, after the report: a year on, say, to see whether the change lasts. */
  FOLLOW_UP("Follow-up");

  private final String label;

  OutcomeStage(String label) {
    this.label = label;
  }

  /** How the report heads a point of this stage. */
  public String label() {
    return label;
  }
}
