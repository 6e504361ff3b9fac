package org.flipside.model;

/** The kinds of workshop a cohort runs. */
public enum WorkshopKind {
  MENTOR_KICK_OFF,
  MENTEE_KICK_OFF,
  KNOWLEDGE_SESSION
}
