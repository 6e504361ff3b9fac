package org.flipside.model;

/** Outcome of an application to join a cohort. */
public enum ApplicationStatus {
  SUBMITTED,
  ELIGIBLE,
  INELIGIBLE,
  APPROVED,
  REJECTED,
  WAITLISTED,
  /** Waitlisted and offered a place in the programme's next cohort, not yet answered. */
  OFFERED,
  /** Confirmed the place offered from the waitlist; carried over when the next cohort opens. */
  PLACE_CONFIRMED,
  /** Took the place offered: the application to the next cohort continues this one. */
  CARRIED_OVER,
  /** Declined the place offered from the waitlist, releasing it. */
  PLACE_DECLINED
}
