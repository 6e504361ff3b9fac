package org.flipside.model;

/** Outcome of an application to join a cohort. */
public enum ApplicationStatus {
  SUBMITTED,
  ELIGIBLE,
  INELIGIBLE,
  APPROVED,
  REJECTED,
  WAITLISTED
}
