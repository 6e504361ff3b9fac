package org.flipside.api;

/**
 * The kinds of event a programme plans for its cohort, besides the pairs' own sessions.
 *
 * @since 1.1
 */
public enum EventKind {
  /** The mentors' own kick-off workshop: roles, power dynamics, confidentiality, sharing lived experience safely. */
  MENTOR_KICK_OFF,
  /** The mentees' own kick-off workshop: roles, power dynamics, confidentiality, listening to learn. */
  MENTEE_KICK_OFF,
  /** A knowledge session on an inclusion topic during the programme, usually for the whole group. */
  KNOWLEDGE_SESSION,
  /** A coaching session, for a partner or a group, with a coach. */
  COACHING_SESSION,
  /** A feedback session, such as the September sessions where the pairs say how the programme went. */
  FEEDBACK_SESSION,
  /** A presentation or dissemination event, such as findings presented to an advisory group or the board. */
  PRESENTATION
}
