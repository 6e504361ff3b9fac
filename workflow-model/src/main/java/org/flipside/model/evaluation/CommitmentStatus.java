package org.flipside.model.evaluation;

/** Where a leader's follow-on commitment stands. */
public enum CommitmentStatus {
  PLANNED("Planned"),
  IN_PROGRESS("In progress"),
  DONE("Done"),
  DROPPED("Dropped");

  private final String label;

  CommitmentStatus(String label) {
    this.label = label;
  }

  /** How the report writes it. */
  public String label() {
    return label;
  }
}
