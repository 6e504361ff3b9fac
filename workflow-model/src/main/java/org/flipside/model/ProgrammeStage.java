package org.flipside.model;

/** Where a programme is in its lifecycle; mirrors the stages of the programme process. */
public enum ProgrammeStage {
  PILOT_SCOPING,
  RECRUITMENT,
  MATCHING,
  KICK_OFF_WORKSHOPS,
  SESSIONS,
  EVALUATION,
  ROLLOUT,
  CLOSED,
  CANCELLED
}
