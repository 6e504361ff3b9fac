package org.flipside.api;

/**
 * Where a programme is in its lifecycle. The first seven are the stages of the programme diagram.
 *
 * @since 1.0
 */
public enum Stage {
  PILOT_SCOPING,
  RECRUITMENT,
  MATCHING,
  KICK_OFF_WORKSHOPS,
  SESSIONS,
  EVALUATION,
  ROLLOUT,
  /** Stopped after a rollout decision. */
  CLOSED,
  /** Cancelled before it ran, for example when nobody applied. */
  CANCELLED
}
