package org.flipside.bpmn.vocabulary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every process variable Flipside's diagrams, forms and code use, grouped by where it first appears.
 * A form field's key is a variable too: what the form submits arrives under that name.
 *
 * @since 1.0
 */
public final class Vars {

  // who and what a process is about: set when it starts or passed in by the process that calls it

  public static final Var<String> PROGRAMME_ID = Var.text("programmeId", "the programme's id");
  public static final Var<String> PROGRAMME_MANAGER =
      Var.text("programmeManager", "the employee id of the programme's manager; empty while the post is vacant");
  public static final Var<String> SPONSOR_ID = Var.text("sponsorId", "the employee id of the programme's sponsor");
  public static final Var<String> COHORT_ID = Var.text("cohortId", "the current cohort's id");
  public static final Var<String> PAIRING_ID = Var.text("pairingId", "the pairing's id");
  public static final Var<String> COMPLETED_BY =
      Var.text("completedBy", "the employee id of whoever completed the task just done; set by the task inbox");

  // the delivery team: the holders of posts with steps of their own, kept on the lifecycle by Flipside

  /** @since 1.1 */
  public static final Var<List<String>> STAFF_NETWORK_REPRESENTATIVE_IDS = Var.texts("staffNetworkRepresentativeIds",
      "the ids of the staff-network representatives who review the scope at scoping: employees or guests");
  /** @since 1.1 */
  public static final Var<String> REVIEWER_ID =
      Var.text("reviewerId", "the id of one staff-network representative reviewing the scope");
  /** @since 1.1 */
  public static final Var<String> CO_DESIGN_SCOPE = Var.text("coDesignScope",
      "the scope as the staff-network representatives review it; read from Flipside's tables");
  /** @since 1.1 */
  public static final Var<Boolean> CO_DESIGN_ENDORSED =
      Var.flag("coDesignEndorsed", "whether a staff-network representative endorses the scope as it stands");
  /** @since 1.1 */
  public static final Var<String> CO_DESIGN_SUGGESTIONS = Var.text("coDesignSuggestions",
      "what a staff-network representative would change in the scope; kept by Flipside, not the engine");

  /** @since 1.1 */
  public static final Var<List<String>> COMMUNICATIONS_CONTACT_IDS = Var.texts("communicationsContactIds",
      "the ids of the communications contacts who run the recruitment campaign while the window is open: employees or guests");
  /** @since 1.1 */
  public static final Var<String> CONTACT_ID =
      Var.text("contactId", "the id of one communications contact running the recruitment campaign");
  /** @since 1.1 */
  public static final Var<String> CAMPAIGN_BRIEF = Var.text("campaignBrief",
      "what the communications contact promotes: the programme, its window, cohort and audience; read from Flipside's tables");
  /** @since 1.1 */
  public static final Var<List<String>> CAMPAIGN_CHANNELS = Var.texts("campaignChannels",
      "the channels the recruitment campaign used, such as staff-networks or intranet; kept by Flipside, not the engine");
  /** @since 1.1 */
  public static final Var<LocalDate> CAMPAIGN_STARTED_ON = Var.day("campaignStartedOn",
      "the day the recruitment campaign began, if the contact gives it; kept by Flipside, not the engine");

  // pilot scoping: the scope-pilot form

  public static final Var<String> GOALS =
      Var.text("goals", "the programme's goals, aligned to the organisation's strategy; kept by Flipside, not the engine");
  public static final Var<String> GAP_ANALYSIS =
      Var.text("gapAnalysis", "where the organisation is against its targets; kept by Flipside, not the engine");
  public static final Var<String> SHORT_TERM_GOALS = Var.text("shortTermGoals",
      "the gap analysis's short-term goals, one a line with an optional target after '|'; kept by Flipside, not the engine");
  public static final Var<String> MEDIUM_TERM_GOALS = Var.text("mediumTermGoals",
      "the gap analysis's medium-term goals, one a line with an optional target after '|'; kept by Flipside, not the engine");
  public static final Var<String> LONG_TERM_GOALS = Var.text("longTermGoals",
      "the gap analysis's long-term goals, one a line with an optional target after '|'; kept by Flipside, not the engine");
  public static final Var<String> ELIGIBLE_SUMMARY = Var.text("eligibleSummary",
      "how many employees the scope as saved invites on each side; read from the directory");
  public static final Var<String> SCOPE_SUMMARY = Var.text("scopeSummary",
      "the whole scope the sponsor signs off, with the eligible counts; read from Flipside's tables");
  public static final Var<String> STAFF_NETWORKS =
      Var.text("staffNetworks", "the staff networks that co-design the programme; kept by Flipside, not the engine");
  public static final Var<Integer> COHORT_SIZE = Var.number("cohortSize", "how many pairs a cohort has");
  public static final Var<Integer> NEXT_COHORT_SIZE = Var.number("nextCohortSize",
      "how many pairs the next cohort has, when the rollout decision changes it");
  public static final Var<Integer> APPLICATION_WINDOW_DAYS =
      Var.number("applicationWindowDays", "how many days the application window stays open");
  public static final Var<LocalDate> SESSIONS_START = Var.day("sessionsStart", "the day the pairs' sessions start");
  public static final Var<Integer> DURATION_MONTHS = Var.number("durationMonths", "how many months the sessions run");
  public static final Var<String> SESSION_CADENCE =
      Var.text("sessionCadence",
          "how often pairs meet, as an ISO-8601 period such as P1M: at scoping the programme's minimum, in a pair's "
              + "journey the frequency its learning agreement holds");
  public static final Var<String> AGREEMENT_ARRANGER =
      Var.text("agreementArranger", "the learning agreement template's default arranger: mentor or mentee");
  public static final Var<String> AGREEMENT_MEETING_FORMAT =
      Var.text("agreementMeetingFormat", "the learning agreement template's default meeting format");
  public static final Var<Boolean> AGREEMENT_PROTECTED_TIME =
      Var.flag("agreementProtectedTime", "whether the template protects the pair's time for sessions");
  public static final Var<String> AGREEMENT_BOUNDARIES =
      Var.text("agreementBoundaries", "the learning agreement template's boundaries; kept by Flipside, not the engine");
  public static final Var<List<Map<String, String>>> BAND_OPTIONS = Var.options("bandOptions",
      "the organisation's bands by name, the value each band's number; read from the directory");
  public static final Var<Integer> MENTOR_MAXIMUM_BAND =
      Var.number("mentorMaximumBand", "the highest band recruited as mentors");
  public static final Var<Integer> MENTEE_MINIMUM_BAND =
      Var.number("menteeMinimumBand", "the lowest band recruited as mentees");
  public static final Var<Integer> MINIMUM_BAND_GAP =
      Var.number("minimumBandGap", "how many bands a mentee must be above their mentor");
  public static final Var<String> RECRUIT_DEPARTMENTS = Var.text("recruitDepartments",
      "the departments recruited from, one a line; empty for every department");
  public static final Var<String> RECRUIT_HOST_GROUPS = Var.text("recruitHostGroups",
      "the host's roles or groups recruited from, one a line; empty for everyone");
  public static final Var<String> RECRUIT_EMPLOYEES = Var.text("recruitEmployees",
      "the employee ids of a named list to recruit from, one a line; empty for no list");
  public static final Var<String> RECRUIT_MENTOR_HOST_GROUPS = Var.text("recruitMentorHostGroups",
      "the host's roles or groups mentors come from, one a line; empty for no further limit");
  public static final Var<String> RECRUIT_MENTOR_EMPLOYEES = Var.text("recruitMentorEmployees",
      "the employee ids of a named list of mentors, one a line; empty for no list");
  public static final Var<String> RECRUIT_MENTEE_HOST_GROUPS = Var.text("recruitMenteeHostGroups",
      "the host's roles or groups mentees come from, one a line; empty for no further limit");
  public static final Var<String> RECRUIT_MENTEE_EMPLOYEES = Var.text("recruitMenteeEmployees",
      "the employee ids of a named list of mentees, one a line; empty for no list");
  public static final Var<Integer> KNOWLEDGE_SESSIONS =
      Var.number("knowledgeSessions", "how many knowledge sessions the whole group has during the programme");
  public static final Var<Integer> CONCERN_ACKNOWLEDGE_DAYS =
      Var.number("concernAcknowledgeDays", "how many days the EDI lead has to acknowledge a concern");
  public static final Var<String> PRE_READING =
      Var.text("preReading", "the reading list mentees get before their workshop; kept by Flipside, not the engine");
  public static final Var<Integer> RETENTION_MONTHS = Var.number("retentionMonths",
      "how many months after the programme closes its personal data is kept before it is erased");

  // matching rules: the scope-pilot and review-matches forms

  public static final Var<Boolean> SEPARATE_LINE_CHAINS =
      Var.flag("separateLineChains", "never pair people in one line management chain");
  public static final Var<Boolean> SEPARATE_DEPARTMENTS =
      Var.flag("separateDepartments", "never pair people from one department");
  public static final Var<Boolean> ENFORCE_BAND_GAP = Var.flag("enforceBandGap", "require the minimum band gap");
  public static final Var<Boolean> EXCLUDE_DECLARED_CONFLICTS =
      Var.flag("excludeDeclaredConflicts", "never pair people who declared a conflict with each other");
  public static final Var<Boolean> HONOUR_MENTOR_CAPACITY =
      Var.flag("honourMentorCapacity", "give no mentor more mentees than they offered to take");
  public static final Var<Integer> MENTORS_PER_MENTEE =
      Var.number("mentorsPerMentee", "how many mentors each mentee has");
  public static final Var<Double> WEIGHT_LEADS_WANTED_AREA =
      Var.decimal("weightLeadsWantedArea", "weight of a mentee leading the area the mentor wants to work in");
  public static final Var<Double> WEIGHT_SHARED_TOPICS =
      Var.decimal("weightSharedTopics", "weight of the mentor's lived experience matching the mentee's interests");
  public static final Var<Double> WEIGHT_COMPATIBLE_FORMAT =
      Var.decimal("weightCompatibleFormat", "weight of compatible meeting formats");
  public static final Var<Double> WEIGHT_SHARED_AVAILABILITY =
      Var.decimal("weightSharedAvailability", "weight of shared availability");
  public static final Var<Double> WEIGHT_SAME_LOCATION = Var.decimal("weightSameLocation", "weight of one location");

  // the sponsor's sign-off, and the decisions of several forms

  public static final Var<String> DECISION =
      Var.text("decision", "the answer of a sign-off, thin-recruitment or match review: see Answers");
  public static final Var<String> COMMENTS =
      Var.text("comments", "free comments: the sponsor's, or a survey's last answer; kept by Flipside, not the engine");
  public static final Var<String> NOTE =
      Var.text("note", "the HR admin's note on a review; kept by Flipside, not the engine");

  // recruitment

  public static final Var<List<String>> INVITEES = Var.texts("invitees", "employee ids invited to apply");
  public static final Var<String> INVITEE = Var.text("invitee", "the employee id of one invitee");
  public static final Var<Integer> INVITATIONS_SENT =
      Var.number("invitationsSent", "how many of this round's invitees have their invitation so far");
  public static final Var<Boolean> EVERYONE_ANSWERED =
      Var.flag("everyoneAnswered", "whether the invitation just closed was the round's last one open");
  public static final Var<Instant> APPLICATION_DEADLINE =
      Var.moment("applicationDeadline", "when the application window closes");
  public static final Var<String> AMBASSADORS_NOTE =
      Var.text("ambassadorsNote", "the application's line naming the last cohort's ambassadors; read from Flipside's tables");
  public static final Var<String> INTEREST = Var.text("interest", "how the invitee answers: mentor, mentee or none");
  public static final Var<String> LIVED_EXPERIENCE_TOPICS =
      Var.text("livedExperienceTopics", "what a mentor can speak to from lived experience");
  public static final Var<String> LEARNING_INTERESTS = Var.text("learningInterests", "what a mentee wants to learn");
  public static final Var<String> LEADS_AREA = Var.text("leadsArea", "the area a mentee leads");
  public static final Var<String> PREFERRED_FORMAT = Var.text("preferredFormat", "online, in-person, phone or either");
  public static final Var<String> LOCATION = Var.text("location", "where the applicant works");
  public static final Var<List<String>> AVAILABILITY =
      Var.texts("availability", "half-days the applicant is free, such as mon-am");
  public static final Var<List<String>> DECLARED_CONFLICTS =
      Var.texts("declaredConflicts", "employee ids the applicant must not be paired with, picked by name");
  public static final Var<List<Map<String, String>>> COLLEAGUE_OPTIONS = Var.options("colleagueOptions",
      "the applicant's colleagues by name, to pick declared conflicts from; read from the directory");
  public static final Var<Integer> MENTOR_CAPACITY =
      Var.number("mentorCapacity", "how many mentees a mentor offers to take");
  public static final Var<String> MOTIVATION = Var.text("motivation", "why the applicant wants to take part");
  public static final Var<Boolean> CONSENT_TO_PROTECTED_DATA =
      Var.flag("consentToProtectedData", "consent to use the protected characteristic for matching and reporting");
  public static final Var<String> PROTECTED_CHARACTERISTIC =
      Var.text("protectedCharacteristic", "the protected characteristic, given only with consent");
  public static final Var<Integer> MENTOR_APPLICANTS = Var.number("mentorApplicants", "how many applied as mentors");
  public static final Var<Integer> MENTEE_APPLICANTS = Var.number("menteeApplicants", "how many applied as mentees");
  public static final Var<List<Map<String, String>>> APPLICATION_OPTIONS =
      Var.options("applicationOptions", "the applications the review may rule out; read from Flipside's tables");
  public static final Var<List<String>> REJECTED_APPLICATION_IDS =
      Var.texts("rejectedApplicationIds", "applications the HR admin ruled out");
  public static final Var<Integer> EXTRA_DAYS =
      Var.number("extraDays", "how many days the application window is extended by");

  // matching

  public static final Var<Integer> PROPOSED_PAIRS = Var.number("proposedPairs", "how many pairs the proposal holds");
  public static final Var<String> MATCH_SUMMARY =
      Var.text("matchSummary", "the proposal in a sentence, for the review; read from Flipside's tables");
  public static final Var<String> FAIRNESS_SUMMARY =
      Var.text("fairnessSummary", "how fair the proposal is across groups; read from Flipside's tables");
  public static final Var<List<Map<String, String>>> PAIRING_OPTIONS =
      Var.options("pairingOptions", "the proposed pairings the review may keep or rule out; read from Flipside's tables");
  public static final Var<List<String>> LOCKED_PAIRING_IDS =
      Var.texts("lockedPairingIds", "proposed pairings the HR admin keeps for the next proposal");
  public static final Var<List<String>> REJECTED_PAIRING_IDS =
      Var.texts("rejectedPairingIds", "proposed pairings the HR admin rules out");
  public static final Var<List<String>> LOCKED_PAIRS =
      Var.texts("lockedPairs", "kept pairs carried to the next proposal, as mentor and mentee employee ids");
  public static final Var<List<String>> PAIRING_IDS = Var.texts("pairingIds", "the published pairings");

  // kick-off workshops, knowledge sessions and pre-reading

  public static final Var<List<String>> WORKSHOP_IDS = Var.texts("workshopIds", "the cohort's kick-off workshops");
  public static final Var<String> WORKSHOP_ID = Var.text("workshopId", "one workshop or knowledge session");
  public static final Var<Instant> WORKSHOPS_HELD_BY =
      Var.moment("workshopsHeldBy", "when the last kick-off workshop has ended");
  /** @since 1.1 */
  public static final Var<List<String>> LIAISON_IDS = Var.texts("liaisonIds",
      "the ids of the programme's liaisons, who plan the kick-off workshops and take their registers: employees or guests");
  /** @since 1.1 */
  public static final Var<Instant> KICK_OFF_PLAN_BY =
      Var.moment("kickOffPlanBy", "when the first kick-off workshop starts: the liaisons' plan step ends unanswered then");
  /** @since 1.1 */
  public static final Var<String> KICK_OFF_PLAN_BRIEF = Var.text("kickOffPlanBrief",
      "the proposed kick-off workshops, who each is for and how many are invited; read from Flipside's tables");
  /** @since 1.1 */
  public static final Var<LocalDate> MENTORS_KICK_OFF_ON =
      Var.day("mentorsKickOffOn", "the day of the mentors' kick-off workshop, as the liaison plans it; kept by Flipside");
  /** @since 1.1 */
  public static final Var<String> MENTORS_KICK_OFF_TIME = Var.text("mentorsKickOffTime",
      "the start of the mentors' kick-off workshop, HH:mm in UTC, as the liaison plans it; kept by Flipside");
  /** @since 1.1 */
  public static final Var<String> MENTORS_KICK_OFF_PLACE = Var.text("mentorsKickOffPlace",
      "the room or meeting link of the mentors' kick-off workshop, as the liaison plans it; kept by Flipside");
  /** @since 1.1 */
  public static final Var<LocalDate> MENTEES_KICK_OFF_ON =
      Var.day("menteesKickOffOn", "the day of the mentees' kick-off workshop, as the liaison plans it; kept by Flipside");
  /** @since 1.1 */
  public static final Var<String> MENTEES_KICK_OFF_TIME = Var.text("menteesKickOffTime",
      "the start of the mentees' kick-off workshop, HH:mm in UTC, as the liaison plans it; kept by Flipside");
  /** @since 1.1 */
  public static final Var<String> MENTEES_KICK_OFF_PLACE = Var.text("menteesKickOffPlace",
      "the room or meeting link of the mentees' kick-off workshop, as the liaison plans it; kept by Flipside");
  public static final Var<String> WORKSHOP_TITLE =
      Var.text("workshopTitle", "the workshop's title, for its register; read from Flipside's tables");
  public static final Var<List<Map<String, String>>> ATTENDEE_OPTIONS =
      Var.options("attendeeOptions", "who was invited to the workshop, for its register; read from Flipside's tables");
  public static final Var<List<String>> ATTENDEE_IDS =
      Var.texts("attendeeIds", "participants who attended the workshop");
  public static final Var<List<String>> KNOWLEDGE_SESSION_IDS =
      Var.texts("knowledgeSessionIds", "the knowledge sessions scheduled for the cohort");
  public static final Var<List<Instant>> KNOWLEDGE_SESSION_ENDS =
      Var.moments("knowledgeSessionEnds", "when each knowledge session ends, in the order of their ids");
  public static final Var<Instant> KNOWLEDGE_SESSIONS_CLOSE_AT =
      Var.moment("knowledgeSessionsCloseAt", "when registers still open for knowledge sessions close");
  public static final Var<List<String>> MENTEE_IDS = Var.texts("menteeIds", "the mentees given pre-reading");
  public static final Var<String> PRE_READING_TEXT =
      Var.text("preReadingText", "the reading list, as the form shows it; read from Flipside's tables");
  public static final Var<Instant> PRE_READING_DUE = Var.moment("preReadingDue", "when the pre-reading is due");
  public static final Var<Instant> PRE_READING_CLOSES_AT =
      Var.moment("preReadingClosesAt", "when open pre-reading tasks close");
  public static final Var<Boolean> READING_DONE = Var.flag("readingDone", "the mentee says the reading is done");

  // the pair's journey

  public static final Var<String> MENTOR_ID = Var.text("mentorId", "the employee id of the pair's mentor");
  public static final Var<String> MENTEE_ID =
      Var.text("menteeId", "the employee id of the pair's mentee, or of one mentee");
  public static final Var<List<String>> PARTNER_IDS = Var.texts("partnerIds", "the employee ids of both partners");
  public static final Var<Integer> PLANNED_PERIODS =
      Var.number("plannedPeriods", "how many session periods the pair has");
  public static final Var<Integer> PULSE_PERIOD =
      Var.number("pulsePeriod", "the period after which the pulse survey is asked");
  public static final Var<Integer> PERIOD_NUMBER = Var.number("periodNumber", "the current session period, from 1");
  public static final Var<Integer> MISSED_IN_A_ROW = Var.number("missedInARow", "sessions missed in a row");
  public static final Var<Integer> CHECK_IN_AFTER_MISSED = Var.number("checkInAfterMissed",
      "how many of the pair's periods missed in a row take it below the programme's minimum frequency, "
          + "when the programme's manager checks in");
  public static final Var<Instant> PERIOD_END = Var.moment("periodEnd", "when the current session period ends");
  public static final Var<Instant> REMINDER_AT =
      Var.moment("reminderAt", "when the arranger is reminded to arrange a session");
  public static final Var<Boolean> CONFIDENTIALITY_AGREED =
      Var.flag("confidentialityAgreed", "the pair agrees that sessions are confidential");
  public static final Var<String> BOUNDARIES =
      Var.text("boundaries", "the pair's boundaries; kept by Flipside, not the engine");
  public static final Var<String> MEETING_FORMAT = Var.text("meetingFormat", "online, in-person, phone or mixed");
  public static final Var<String> FREQUENCY = Var.text("frequency", "how often the pair meets, as an ISO-8601 period");
  public static final Var<String> ARRANGER = Var.text("arranger", "who sends the invitations: mentor or mentee");
  public static final Var<Boolean> PROTECTED_TIME = Var.flag("protectedTime", "whether the pair's time is protected");
  public static final Var<String> AGREEMENT_SUMMARY =
      Var.text("agreementSummary", "the learning agreement in a sentence, for the partner who confirms it; read from Flipside's tables");
  public static final Var<String> AGREEMENT =
      Var.text("agreement", "the partner's answer to the agreement: agree or change");
  public static final Var<String> REQUESTED_CHANGES =
      Var.text("requestedChanges", "what the partner wants changed, shown to whoever redrafts; kept by Flipside, "
          + "not the engine");
  public static final Var<String> CHANGE_CONFIRMER_ID =
      Var.text("changeConfirmerId", "the partner who confirms a proposed change to the agreement");
  public static final Var<String> HELD = Var.text("held", "whether the session took place: yes or no");
  public static final Var<LocalDate> HELD_ON = Var.day("heldOn", "the day the session took place");
  public static final Var<Integer> DURATION_MINUTES = Var.number("durationMinutes", "how long the session lasted");
  public static final Var<String> FORMAT = Var.text("format", "how the session was held: online, in-person or phone");
  public static final Var<String> CONTINUE_PAIRING = Var.text("continuePairing", "after a session: continue or end");
  public static final Var<String> CHECK_IN_SUMMARY =
      Var.text("checkInSummary", "why the manager checks in on the pair; read from Flipside's tables");
  public static final Var<String> CHECK_IN_OUTCOME =
      Var.text("checkInOutcome", "the manager's check-in: continue or end");
  public static final Var<String> RESPONDENT_ID = Var.text("respondentId", "the employee id of one survey respondent");
  public static final Var<Integer> PAIRING_WORKING =
      Var.number("pairingWorking", "pulse: how well the pairing works, 1 to 5");
  public static final Var<Integer> SPEAK_OPENLY =
      Var.number("speakOpenly", "pulse: how openly the partner can speak, 1 to 5");
  public static final Var<Integer> CONFIDENCE_TALKING_PULSE =
      Var.number("confidenceTalking", "pulse: confidence talking about the programme's focus, 1 to 5");

  // pair support and host events

  public static final Var<String> SUPPORT_REQUEST_ID =
      Var.text("supportRequestId", "the support request being discussed");
  public static final Var<String> SUPPORT_DECISION =
      Var.text("supportDecision", "the manager's decision after a support conversation: continue, rematch or close");
  public static final Var<String> SUPPORT_OUTCOME =
      Var.text("supportOutcome", "the support decision, as the journey sees it");
  public static final Var<String> MESSAGE_TO_PARTNER =
      Var.text("messageToPartner", "what the manager tells the other partner; stored by Flipside, not the engine");
  public static final Var<String> SUPPORT_REQUESTER_NAME =
      Var.text("supportRequesterName", "who asked for support; read from Flipside's tables");
  public static final Var<String> SUPPORT_PARTNER_NAME =
      Var.text("supportPartnerName", "the other partner; read from Flipside's tables");
  public static final Var<String> SUPPORT_NOTE =
      Var.text("supportNote", "what the requester wrote; read from Flipside's tables");
  public static final Var<String> LEAVER_ID = Var.text("leaverId", "the partner who left or changed role");

  // coaching

  /** @since 1.1 */
  public static final Var<String> COACHING_REQUEST_ID =
      Var.text("coachingRequestId", "the coaching request the programme's coaches are offered");
  /** @since 1.1 */
  public static final Var<List<String>> COACH_IDS = Var.texts("coachIds",
      "the ids of the programme's coaches, employees or guests, each offered the coaching request; Flipside keeps the"
          + " offer in step with the post's holders");
  /** @since 1.1 */
  public static final Var<String> COACHING_OUTCOME = Var.text("coachingOutcome",
      "how the coach answered a coaching request: arranged, or referred to the programme manager; stored by Flipside");
  /** @since 1.1 */
  public static final Var<LocalDate> COACHING_ON =
      Var.day("coachingOn", "the day of the coaching session the coach arranged; stored by Flipside");
  /** @since 1.1 */
  public static final Var<String> COACHING_TIME = Var.text("coachingTime",
      "the time of the coaching session the coach arranged, HH:mm in UTC; stored by Flipside");
  /** @since 1.1 */
  public static final Var<String> COACHING_REQUESTER_NAME =
      Var.text("coachingRequesterName", "who asks for coaching; read from Flipside's tables");
  /** @since 1.1 */
  public static final Var<String> COACHING_PAIRING = Var.text("coachingPairing",
      "the pairing the request comes from, its mentor and mentee by name; read from Flipside's tables");
  /** @since 1.1 */
  public static final Var<String> COACHING_NOTE =
      Var.text("coachingNote", "what the requester wrote for the coaches; read from Flipside's tables");
  public static final Var<String> HOST_EVENT =
      Var.text("hostEvent", "what happened to the leaver: left or changed-role");
  public static final Var<String> REMATCHED_PAIRING_ID =
      Var.text("rematchedPairingId", "the new pairing a rematch made, whose journey the lifecycle starts");

  // evaluation

  /**
   * Who answers the baseline survey, as the lifecycle once held them all.
   *
   * @deprecated since 1.1 a diagram tests {@link #BASELINE_RESPONDENT_COUNT} instead: each respondent's survey is a
   *     process instance of its own, so the lifecycle needs only how many there are. Until 2.0 the baseline survey's
   *     opening step still sets it on a lifecycle whose diagram reads it (one drawn against 1.0), and on no other.
   */
  @Deprecated
  public static final Var<List<String>> BASELINE_RESPONDENT_IDS =
      Var.texts("baselineRespondentIds", "who answers the baseline survey");
  /** @since 1.1 */
  public static final Var<Integer> BASELINE_RESPONDENT_COUNT =
      Var.number("baselineRespondentCount", "how many people are asked the baseline survey");
  public static final Var<Instant> BASELINE_DEADLINE =
      Var.moment("baselineDeadline", "when the baseline survey closes");
  /**
   * Who answers the final survey, as the lifecycle once held them all.
   *
   * @deprecated since 1.1 a diagram tests {@link #RESPONDENT_COUNT} instead: each respondent's survey is a process
   *     instance of its own, so the lifecycle needs only how many there are. Until 2.0 the final survey's opening
   *     step still sets it on a lifecycle whose diagram reads it (one drawn against 1.0), and on no other.
   */
  @Deprecated
  public static final Var<List<String>> RESPONDENT_IDS = Var.texts("respondentIds", "who answers the final survey");
  /** @since 1.1 */
  public static final Var<Integer> RESPONDENT_COUNT =
      Var.number("respondentCount", "how many people are asked the final survey");
  /** @since 1.1 */
  public static final Var<List<String>> RESPONDENTS_TO_ASK = Var.texts("respondentsToAsk",
      "who is asked the survey just opened, while their surveys start a batch at a time; removed once all have");
  /** @since 1.1 */
  public static final Var<Integer> SURVEYS_STARTED =
      Var.number("surveysStarted", "how many of the survey's respondents have their survey so far");
  public static final Var<Instant> SURVEY_DEADLINE = Var.moment("surveyDeadline", "when the final survey closes");
  /** @since 1.1 */
  public static final Var<String> LATE_PAIRING_ID =
      Var.text("latePairingId", "the rematched pair whose journey just ended");
  /** @since 1.1 */
  public static final Var<List<String>> LATE_RESPONDENT_IDS =
      Var.texts("lateRespondentIds", "who answers the final survey after the rest of their cohort");
  /** @since 1.1 */
  public static final Var<Instant> LATE_SURVEY_DEADLINE =
      Var.moment("lateSurveyDeadline", "when a late pair's final survey closes");
  public static final Var<Integer> CONFIDENCE_TALKING =
      Var.number("confidence_talking", "survey: confidence talking about the programme's focus, 1 to 5");
  public static final Var<Integer> UNDERSTANDING_ISSUES =
      Var.number("understanding_issues", "survey: understanding of specific issues, 1 to 5");
  public static final Var<Integer> CONFIDENCE_ASKING =
      Var.number("confidence_asking", "survey: confidence to ask questions, 1 to 5");
  public static final Var<Integer> CONFIDENCE_SHARING =
      Var.number("confidence_sharing", "survey: confidence to share knowledge, 1 to 5");
  public static final Var<String> FEEDBACK_COMMENTS =
      Var.text("feedbackComments", "the surveys' comments, for grouping into themes; read from Flipside's tables");
  public static final Var<List<Map<String, String>>> GOAL_OPTIONS =
      Var.options("goalOptions", "the programme's goals, for aligning a theme; read from Flipside's tables");
  public static final Var<String> TITLE = Var.text("title", "a theme's title");
  public static final Var<String> SUMMARY = Var.text("summary", "a theme's summary");
  public static final Var<String> GOAL = Var.text("goal", "the goal a theme aligns with");
  public static final Var<String> PRIORITY = Var.text("priority", "a theme's priority: ACT_NOW or LATER");
  public static final Var<String> RECOMMENDATION = Var.text("recommendation", "what the theme recommends");
  /**
   * How many comments a theme groups, as the themes form once asked for it.
   *
   * @deprecated since 1.1 the form no longer asks: a theme's mentions are the comments ticked in
   *     {@link #GROUPED_COMMENTS}. Kept so hosts built against 1.0 still link.
   */
  @Deprecated
  public static final Var<Integer> MENTIONS = Var.number("mentions", "how many comments mention the theme");
  /** @since 1.1 */
  public static final Var<List<Map<String, String>>> COMMENT_OPTIONS = Var.options("commentOptions",
      "the surveys' comments, to tick those a theme groups; read from Flipside's tables");
  /** @since 1.1 */
  public static final Var<List<String>> GROUPED_COMMENTS =
      Var.texts("groupedComments", "the comments a theme groups, by their place in the list shown");
  public static final Var<String> NEXT_STEP = Var.text("nextStep", "after a theme: another or finish");
  public static final Var<String> EVALUATION_HEADLINE =
      Var.text("evaluationHeadline", "the report's headline, for the sponsor; read from Flipside's tables");

  // rollout

  public static final Var<String> ROLLOUT_DECISION =
      Var.text("rolloutDecision", "the sponsor's decision: continue, expand or stop");
  public static final Var<Boolean> CASCADE =
      Var.flag("cascade", "the cohort's mentors are invited back to mentor someone new");
  public static final Var<Boolean> YEARLY = Var.flag("yearly", "the sponsor asks for a yearly cycle");
  public static final Var<String> RATIONALE =
      Var.text("rationale", "why the sponsor decided so; kept by Flipside, not the engine");
  public static final Var<Boolean> YEARLY_RECURRENCE = Var.flag("yearlyRecurrence", "the next cohort waits a year");
  public static final Var<Instant> NEXT_RECRUITMENT_AT =
      Var.moment("nextRecruitmentAt", "a year after the last recruitment opened");
  public static final Var<List<String>> AMBASSADOR_IDS = Var.texts("ambassadorIds", "who is asked to be an ambassador");
  public static final Var<String> AMBASSADOR_ID = Var.text("ambassadorId", "the employee id of one person asked");
  public static final Var<String> AMBASSADORS_FROM_COHORT_ID =
      Var.text("ambassadorsFromCohortId", "the cohort the ambassadors come from");
  public static final Var<Instant> AMBASSADOR_REPLIES_CLOSE_AT =
      Var.moment("ambassadorRepliesCloseAt", "when the ambassadors' replies close");
  public static final Var<String> AMBASSADOR_ANSWER = Var.text("ambassadorAnswer", "accept or decline");

  // the waitlist

  /** @since 1.1 */
  public static final Var<List<String>> WAITLISTED_IDS =
      Var.texts("waitlistedIds", "who waits on the programme's waitlist and is offered a place first");
  /** @since 1.1 */
  public static final Var<String> WAITLISTED_ID = Var.text("waitlistedId", "the employee id of one person offered a place");
  /** @since 1.1 */
  public static final Var<Instant> PLACE_OFFER_DEADLINE =
      Var.moment("placeOfferDeadline", "when the places offered to the waitlist lapse");
  /** @since 1.1 */
  public static final Var<String> PLACE_ANSWER = Var.text("placeAnswer", "confirm or decline the place offered");

  // concerns

  public static final Var<String> CONCERN_ID = Var.text("concernId", "the concern's id");
  public static final Var<Instant> ACKNOWLEDGE_BY =
      Var.moment("acknowledgeBy", "when the concern must be acknowledged");
  public static final Var<String> CONCERN_SUMMARY =
      Var.text("concernSummary", "what was raised, for the EDI lead; read from Flipside's tables");
  public static final Var<String> CONCERN_CONTEXT =
      Var.text("concernContext", "who raised it, where and when; read from Flipside's tables");
  public static final Var<String> ACKNOWLEDGEMENT_NOTE =
      Var.text("acknowledgementNote", "the EDI lead's note to the raiser; kept by Flipside, not the engine");
  public static final Var<String> OUTCOME =
      Var.text("outcome", "how the concern was resolved; kept by Flipside, not the engine");

  // a process owner's own notification step: its task's input parameters

  public static final Var<String> NOTIFICATION_TOPIC =
      Var.text("notificationTopic", "the topic a process owner's notification goes out under");
  public static final Var<String> NOTIFICATION_RECIPIENTS =
      Var.text("notificationRecipients", "whom a process owner's notification goes to: one of Recipients");
  public static final Var<String> NOTIFICATION_SUBJECT =
      Var.text("notificationSubject", "the subject of a process owner's notification");
  public static final Var<String> NOTIFICATION_BODY =
      Var.text("notificationBody", "the text of a process owner's notification");

  /** Every variable a process, form or block may use: the deprecated {@link #MENTIONS} is none of them. */
  @SuppressWarnings("deprecation")
  private static final List<Var<?>> ALL = Declarations.<Var<?>>of(Vars.class, Var.class).stream()
      .filter(var -> var != MENTIONS).toList();

  private Vars() {}

  /** Every declared variable, in the order above. */
  public static List<Var<?>> all() {
    return ALL;
  }

  /** The variable of that name, if declared. */
  public static Optional<Var<?>> named(String name) {
    return ALL.stream().filter(var -> var.name().equals(name)).findFirst();
  }
}
