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
  /** Changes a mentee proposed to a learning agreement already confirmed. */
  AGREEMENT_REVISIONS,
  /** Learning agreements the mentor confirmed. */
  AGREEMENTS_CONFIRMED,
  /** Participants the HR admin marked as present at a kick-off workshop. */
  WORKSHOP_ATTENDANCES,
  /** Participants the HR admin marked as absent. */
  WORKSHOP_ABSENCES,
  /** Knowledge sessions whose register the HR admin filled in. */
  KNOWLEDGE_SESSIONS_HELD,
  /** Participants the HR admin marked as present at a knowledge session. */
  KNOWLEDGE_SESSION_ATTENDANCES,
  /** Mentees who marked their pre-reading done. */
  PRE_READING_DONE,
  /** Mentees who left their pre-reading open. */
  PRE_READING_LEFT_OPEN,
  /** Concerns participants raised with the EDI lead. */
  CONCERNS_RAISED,
  /** Concerns acknowledged. */
  CONCERNS_ACKNOWLEDGED,
  /** Concerns acknowledged only after their deadline, when the HR admins had been told. */
  CONCERNS_ACKNOWLEDGED_LATE,
  /** Concerns resolved with an outcome. */
  CONCERNS_RESOLVED,
  /** Recognition records the host's learning system received for mentors. */
  RECOGNITIONS_SENT,
  /** Sessions logged as held. */
  SESSIONS_HELD,
  /** Session periods the pair left without logging, so the period's timer passed. */
  PERIODS_LEFT_OPEN,
  /** Private reflections partners wrote after a session. */
  REFLECTIONS_WRITTEN,
  /** Pilot participants who agreed to be ambassadors for the next cohort. */
  AMBASSADORS_ACCEPTED,
  /** Pilot participants who declined to be ambassadors. */
  AMBASSADORS_DECLINED,
  /** People from the waitlist who took the place the next cohort offered them. */
  PLACES_CONFIRMED,
  /** People from the waitlist who declined the place the next cohort offered them. */
  PLACES_DECLINED,
  /** Recruitment campaigns a communications contact recorded, with the channels used. */
  RECRUITMENT_CAMPAIGNS_RECORDED,
  /** Times a partner told the programme manager their pairing wasn't working. */
  SUPPORT_REQUESTS,
  /** Pairs who agreed to end early. */
  PAIRS_ENDED_EARLY,
  /** Midpoint pulse surveys answered. */
  PULSES_ANSWERED,
  /** Check-ins the programme manager held with pairs that missed two periods in a row. */
  CHECK_INS,
  /** Pairings the programme manager ended at a check-in. */
  PAIRS_ENDED_AT_CHECK_IN,
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
