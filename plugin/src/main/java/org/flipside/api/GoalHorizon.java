package org.flipside.api;

/**
 * When a goal of the scoping's gap analysis is meant to be reached.
 *
 * @since 1.1
 */
public enum GoalHorizon {
  /** Within the pilot. */
  SHORT_TERM,
  /** Within a year or two, as the programme grows. */
  MEDIUM_TERM,
  /** Where the organisation wants to be in the long run. */
  LONG_TERM
}
