package org.flipside.api;

/**
 * The two people a programme answers to. Each post is held by one employee, or is vacant after its holder left the
 * organisation until an HR admin appoints someone through {@link ProgrammeService#appoint}.
 *
 * @since 1.0
 */
public enum Steward {
  /** Runs the programme day to day: scoping, reviews, check-ins, support conversations, the evaluation's themes. */
  PROGRAMME_MANAGER,
  /** The senior leader who signs off the pilot and decides on rollout. */
  SPONSOR
}
