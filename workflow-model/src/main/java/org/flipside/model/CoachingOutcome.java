package org.flipside.model;

/** How a coach answered a coaching request. */
public enum CoachingOutcome {
  /** The coach arranged a coaching session with the partner who asked. */
  ARRANGED,
  /** The coach handed the request to the programme's manager. */
  REFERRED
}
