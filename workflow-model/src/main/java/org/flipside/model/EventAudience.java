package org.flipside.model;

/** Whom a planned event invites from its cohort. */
public enum EventAudience {
  /** The cohort's mentors. */
  MENTORS,
  /** The cohort's mentees. */
  MENTEES,
  /** Every participant. */
  EVERYONE,
  /** Both partners of every live pairing. */
  PAIRS,
  /** The participants the event names. */
  NAMED
}
