package org.flipside.model;

/**
 * The kinds of planned event a cohort runs: the kick-off workshops and knowledge sessions the process schedules,
 * and the events the programme team plans besides them.
 */
public enum WorkshopKind {
  MENTOR_KICK_OFF,
  MENTEE_KICK_OFF,
  KNOWLEDGE_SESSION,
  COACHING_SESSION,
  FEEDBACK_SESSION,
  PRESENTATION
}
