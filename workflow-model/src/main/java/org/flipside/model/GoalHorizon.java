package org.flipside.model;

/** When a scoping goal is meant to be reached, as a gap analysis sets its targets. */
public enum GoalHorizon {
  /** Within the pilot. */
  SHORT_TERM,
  /** Within a year or two, as the programme grows. */
  MEDIUM_TERM,
  /** Where the organisation wants to be in the long run. */
  LONG_TERM
}
