package org.flipside.api;

/**
 * Whom a planned event invites from the programme's current cohort.
 *
 * @since 1.1
 */
public enum EventAudience {
  /** The mentors. */
  MENTORS,
  /** The mentees. */
  MENTEES,
  /** Every participant, mentors and mentees alike. */
  EVERYONE,
  /** Both partners of every live pair. */
  PAIRS,
  /** The participants the plan names in {@link EventPlan#namedAttendeeIds()}. */
  NAMED
}
