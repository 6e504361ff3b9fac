package org.flipside.model;

/** Progress of one cohort (one round of recruitment, matching and sessions). */
public enum CohortStatus {
  RECRUITING,
  MATCHING,
  RUNNING,
  EVALUATING,
  COMPLETED,
  CANCELLED
}
