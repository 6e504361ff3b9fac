package org.flipside.sandbox.simulation;

/** What the sandbox counts as its simulated employees act, to compare with Flipside's own figures. */
public enum Tallied {
  /** Invitees who applied to be a mentor. */
  MENTOR_APPLICATIONS,
  /** Invitees who applied to be a mentee. */
  MENTEE_APPLICATIONS,
  /** Applicants who consented to the use of their protected characteristic and described it. */
  CONSENTS,
  /** Invitees who answered "not this time". */
  INVITATIONS_DECLINED,
  /** Invitees who let the invitation lapse. */
  INVITATIONS_UNANSWERED,
  /** Times the sponsor sent the scope back for revision. */
  SCOPE_REVISIONS,
  /** Pairs whose mentee drafted a first learning agreement. */
  PAIRS_STARTED,
  /** Times a mentor asked for changes to the agreement. */
  AGREEMENT_CHANGES,
  /** Learning agreements the mentor confirmed. */
  AGREEMENTS_CONFIRMED,
  /** Participants the HR admin marked as present at a kick-off workshop. */
  WORKSHOP_ATTENDANCES,
  /** Participants the HR admin marked as absent. */
  WORKSHOP_ABSENCES,
  /** Sessions logged as held. */
  SESSIONS_HELD,
  /** Session periods the pair left without logging, so the period's timer passed. */
  PERIODS_LEFT_OPEN,
  /** Pairs who agreed to end early. */
  PAIRS_ENDED_EARLY,
  /** Baseline and final surveys answered. */
  SURVEYS_ANSWERED,
  /** Baseline and final surveys left unanswered until their window closed. */
  SURVEYS_UNANSWERED,
  /** Answers that arrived after Flipside had closed the task. */
  LATE_ANSWERS,
  /** Tasks completed through the inbox. */
  TASKS_COMPLETED,
  /** Times the simulation moved the clock to due timed work and ran it. */
  TIMED_WORK_RUNS
}
