package org.flipside.bpmn.vocabulary;

import static org.flipside.bpmn.vocabulary.BuildingBlock.executionListener;
import static org.flipside.bpmn.vocabulary.BuildingBlock.serviceTask;
import static org.flipside.bpmn.vocabulary.Vars.*;

import java.util.List;
import java.util.Optional;

/**
 * Every step a diagram may use by its bean name, with what it reads and sets. Element templates and
 * the validation of a deployment are checked against this list; the plugin registers exactly these
 * beans.
 *
 * @since 1.0
 */
public final class BuildingBlocks {

  private static final Var<?>[] MATCHING_RULES = {SEPARATE_LINE_CHAINS, SEPARATE_DEPARTMENTS, ENFORCE_BAND_GAP,
      EXCLUDE_DECLARED_CONFLICTS, HONOUR_MENTOR_CAPACITY, MENTORS_PER_MENTEE, WEIGHT_LEADS_WANTED_AREA,
      WEIGHT_SHARED_TOPICS, WEIGHT_COMPATIBLE_FORMAT, WEIGHT_SHARED_AVAILABILITY, WEIGHT_SAME_LOCATION};

  // every stage

  public static final BuildingBlock STAGE_LISTENER = executionListener("stageListener", "start",
      "Records on the programme the stage whose sub-process starts; the sub-process id must be one of Stages.")
      .requiring(PROGRAMME_ID);

  // pilot scoping

  public static final BuildingBlock RECORD_SCOPE = serviceTask("recordScope",
      "Checks and records the pilot's scope, matching rules and support settings on the programme.")
      .requiring(PROGRAMME_ID, MENTOR_MAXIMUM_BAND, MENTEE_MINIMUM_BAND, MINIMUM_BAND_GAP, SESSION_CADENCE,
          COHORT_SIZE, APPLICATION_WINDOW_DAYS, DURATION_MONTHS)
      .reading(concat(new Var<?>[] {SESSIONS_START, RECRUIT_DEPARTMENTS,
          RECRUIT_HOST_GROUPS, RECRUIT_EMPLOYEES, RECRUIT_MENTOR_HOST_GROUPS, RECRUIT_MENTOR_EMPLOYEES,
          RECRUIT_MENTEE_HOST_GROUPS, RECRUIT_MENTEE_EMPLOYEES, AGREEMENT_ARRANGER, AGREEMENT_MEETING_FORMAT,
          AGREEMENT_PROTECTED_TIME, KNOWLEDGE_SESSIONS, CONCERN_ACKNOWLEDGE_DAYS, RETENTION_MONTHS}, MATCHING_RULES));
  public static final BuildingBlock RECORD_SPONSOR_APPROVAL = serviceTask("recordSponsorApproval",
      "Records the sponsor's approval and tells the programme's manager.")
      .requiring(PROGRAMME_ID);

  // recruitment

  /** @since 1.1 */
  public static final BuildingBlock OFFER_WAITLISTED_PLACES = serviceTask("offerWaitlistedPlaces",
      "Offers a place in the new cohort to everyone on the programme's waitlist, before anyone else is invited.")
      .requiring(PROGRAMME_ID).setting(WAITLISTED_IDS, PLACE_OFFER_DEADLINE);
  /** @since 1.1 */
  public static final BuildingBlock RECORD_PLACE_ANSWER = serviceTask("recordPlaceAnswer",
      "Records whether someone on the waitlist confirms or declines the place offered to them.")
      .requiring(PROGRAMME_ID, WAITLISTED_ID, PLACE_ANSWER);
  public static final BuildingBlock OPEN_RECRUITMENT = serviceTask("openRecruitment",
      "Opens a new cohort's application window and invites the employees the eligibility decision chooses.")
      .requiring(PROGRAMME_ID).setting(COHORT_ID, INVITEES, APPLICATION_DEADLINE, INVITATIONS_SENT);
  /** @since 1.1 */
  public static final BuildingBlock BRIEF_COMMUNICATIONS_CONTACTS = serviceTask("briefCommunicationsContacts",
      "Tells each communications contact that the application window is open and their recruitment campaign step "
          + "is waiting.")
      .requiring(PROGRAMME_ID, COMMUNICATIONS_CONTACT_IDS, APPLICATION_DEADLINE);
  public static final BuildingBlock SEND_INVITATIONS = serviceTask("sendInvitations",
      "Starts the next batch of the round's invitations, each its own process instance; loop back (asynchronously) "
          + "while some invitees have none yet.")
      .requiring(PROGRAMME_ID, COHORT_ID, INVITEES, APPLICATION_DEADLINE, INVITATIONS_SENT)
      .setting(INVITATIONS_SENT);
  public static final BuildingBlock CLOSE_INVITATION = serviceTask("closeInvitation",
      "Counts an invitation answered (or its invitee gone) in Flipside's tables, and says whether it was the "
          + "round's last one open.")
      .requiring(COHORT_ID).setting(EVERYONE_ANSWERED);
  public static final BuildingBlock COUNT_APPLICATIONS = serviceTask("countApplications",
      "Counts the cohort's applications by side and lists them for the review.")
      .requiring(COHORT_ID).setting(MENTOR_APPLICANTS, MENTEE_APPLICANTS);
  public static final BuildingBlock EXTEND_APPLICATION_WINDOW = serviceTask("extendApplicationWindow",
      "Extends the application window and invites again those who have not answered.")
      .requiring(COHORT_ID, EXTRA_DAYS).reading(INVITEES).setting(INVITEES, APPLICATION_DEADLINE, INVITATIONS_SENT);
  public static final BuildingBlock APPROVE_APPLICANTS = serviceTask("approveApplicants",
      "Approves the applicants the review kept, up to the cohort's size, waitlists the rest and tells each.")
      .requiring(COHORT_ID).reading(REJECTED_APPLICATION_IDS);
  public static final BuildingBlock CANCEL_PROGRAMME = serviceTask("cancelProgramme",
      "Cancels the programme for too few applicants and tells its manager.")
      .requiring(PROGRAMME_ID);

  // matching

  public static final BuildingBlock PROPOSE_MATCHES = serviceTask("proposeMatches",
      "Proposes pairs for the cohort under the programme's matching rules, keeping the pairs the last review kept.")
      .requiring(COHORT_ID).reading(LOCKED_PAIRS)
      .setting(concat(new Var<?>[] {PROPOSED_PAIRS,
          LOCKED_PAIRING_IDS, REJECTED_PAIRING_IDS}, MATCHING_RULES));
  public static final BuildingBlock DISCARD_PROPOSAL = serviceTask("discardProposal",
      "Discards the proposal, applies the review's changed matching rules and carries the kept pairs over.")
      .requiring(COHORT_ID)
      .reading(concat(new Var<?>[] {REJECTED_PAIRING_IDS, LOCKED_PAIRING_IDS}, MATCHING_RULES))
      .setting(LOCKED_PAIRS);
  public static final BuildingBlock PUBLISH_MATCHES = serviceTask("publishMatches",
      "Publishes the proposal without the pairs the review ruled out, introduces the partners, waitlists the rest.")
      .requiring(COHORT_ID).reading(REJECTED_PAIRING_IDS).setting(PAIRING_IDS);

  // kick-off workshops, knowledge sessions and pre-reading

  public static final BuildingBlock SCHEDULE_WORKSHOPS = serviceTask("scheduleWorkshops",
      "Schedules the mentors' and the mentees' kick-off workshops, invites each side and sends the pre-reading.")
      .requiring(COHORT_ID).setting(WORKSHOP_IDS, WORKSHOPS_HELD_BY, KICK_OFF_PLAN_BY);
  public static final BuildingBlock SAVE_ATTENDANCE = serviceTask("saveAttendance",
      "Records who attended a workshop.")
      .requiring(WORKSHOP_ID).reading(ATTENDEE_IDS);
  public static final BuildingBlock SCHEDULE_KNOWLEDGE_SESSIONS = serviceTask("scheduleKnowledgeSessions",
      "Schedules the cohort's knowledge sessions across the sessions stage and invites everyone.")
      .requiring(COHORT_ID).setting(KNOWLEDGE_SESSION_IDS, KNOWLEDGE_SESSION_ENDS, KNOWLEDGE_SESSIONS_CLOSE_AT);
  public static final BuildingBlock ASSIGN_PRE_READING = serviceTask("assignPreReading",
      "Gives each mentee of the cohort the programme's pre-reading to confirm.")
      .requiring(COHORT_ID).setting(MENTEE_IDS, PRE_READING_DUE, PRE_READING_CLOSES_AT);

  // the pair's journey

  public static final BuildingBlock PREPARE_PAIR_JOURNEY = serviceTask("preparePairJourney",
      "Sets up a pair's journey: its partners, session periods and the agreement template's defaults.")
      .requiring(PAIRING_ID)
      .setting(MENTOR_ID, MENTEE_ID, PARTNER_IDS, SESSION_CADENCE, PLANNED_PERIODS, PULSE_PERIOD, PERIOD_NUMBER,
          MISSED_IN_A_ROW, CHECK_IN_AFTER_MISSED, MEETING_FORMAT, FREQUENCY, ARRANGER, PROTECTED_TIME);
  public static final BuildingBlock RECORD_AGREEMENT_CONFIRMED = serviceTask("recordAgreementConfirmed",
      "Records that the partner confirmed the learning agreement, or a change to it, and sets the pair's rhythm "
          + "to the agreed frequency: its periods, reminders and when missed periods call for a check-in.")
      .requiring(PAIRING_ID, PERIOD_NUMBER, PLANNED_PERIODS, PULSE_PERIOD, SESSION_CADENCE).reading(COMPLETED_BY)
      .setting(SESSION_CADENCE, PLANNED_PERIODS, PULSE_PERIOD, CHECK_IN_AFTER_MISSED);
  public static final BuildingBlock DECLINE_AGREEMENT_CHANGE = serviceTask("declineAgreementChange",
      "Declines a proposed change to the learning agreement and tells who proposed it.")
      .requiring(PAIRING_ID);
  public static final BuildingBlock OPEN_SESSION_PERIOD = serviceTask("openSessionPeriod",
      "Opens the pair's next session period and sets when it ends and, by the reminder decision, when the "
          + "arranger is reminded.")
      .requiring(PERIOD_NUMBER, PAIRING_ID, SESSION_CADENCE).reading(PERIOD_END)
      .setting(PERIOD_NUMBER, PERIOD_END, REMINDER_AT);
  public static final BuildingBlock REMIND_ARRANGER = serviceTask("remindArranger",
      "Reminds the pair's arranger to arrange this period's session, with a calendar invite.")
      .requiring(PAIRING_ID, PERIOD_NUMBER, PERIOD_END);
  public static final BuildingBlock RECORD_SESSION = serviceTask("recordSession",
      "Records that a session took place (when, how long, how), never what was said.")
      .requiring(PAIRING_ID, PERIOD_NUMBER, HELD).reading(HELD_ON, DURATION_MINUTES, FORMAT, COMPLETED_BY)
      .setting(MISSED_IN_A_ROW);
  public static final BuildingBlock RECORD_MISSED_SESSION = serviceTask("recordMissedSession",
      "Records a period without a session, tells both partners and counts the misses in a row.")
      .requiring(PAIRING_ID, PERIOD_NUMBER, PLANNED_PERIODS).setting(MISSED_IN_A_ROW);
  public static final BuildingBlock END_PAIRING_EARLY = serviceTask("endPairingEarly",
      "Ends the pairing early at the pair's request and tells the programme's manager.")
      .requiring(PAIRING_ID, PERIOD_NUMBER);
  public static final BuildingBlock END_PAIRING_AFTER_CHECK_IN = serviceTask("endPairingAfterCheckIn",
      "Ends the pairing after the programme's manager checked in, and tells both partners.")
      .requiring(PAIRING_ID);
  public static final BuildingBlock COMPLETE_PAIRING = serviceTask("completePairing",
      "Completes the pairing and both partners, and sends the mentor's recognition to the host.")
      .requiring(PAIRING_ID);

  // pair support and host events

  public static final BuildingBlock APPLY_SUPPORT_DECISION = serviceTask("applySupportDecision",
      "Carries out the decision after a support conversation: the pairing continues, closes, or is rematched.")
      .requiring(SUPPORT_REQUEST_ID, SUPPORT_DECISION);
  public static final BuildingBlock ERASE_UNDECIDED_SUPPORT_NOTE = executionListener("eraseUndecidedSupportNote", "end",
      "Erases the note of a support request that ends without a decision.")
      .requiring(SUPPORT_REQUEST_ID);
  /** @since 1.1 */
  public static final BuildingBlock ERASE_UNANSWERED_COACHING_NOTE = executionListener("eraseUnansweredCoachingNote",
      "end", "Erases the note of a coaching request that ends before a coach answered it.")
      .requiring(COACHING_REQUEST_ID);
  public static final BuildingBlock CLOSE_PAIRING_FOR_HOST_EVENT = serviceTask("closePairingForHostEvent",
      "Closes the pairing of a partner who left or changed role, tells the other and seeks them a new partner.")
      .requiring(PAIRING_ID, LEAVER_ID, HOST_EVENT);

  // evaluation

  @SuppressWarnings("deprecation") // sets the deprecated list where a diagram drawn against 1.0 reads it
  public static final BuildingBlock OPEN_BASELINE_SURVEY = serviceTask("openBaselineSurvey",
      "Opens the baseline survey for the cohort's participants, closing when sessions start, and counts them; "
          + "askBaselineRespondents then starts each one's survey, its own process instance. The deprecated "
          + "baselineRespondentIds is set only where the diagram reads it.")
      .requiring(PROGRAMME_ID, COHORT_ID)
      .setting(BASELINE_RESPONDENT_COUNT, BASELINE_DEADLINE, RESPONDENTS_TO_ASK, SURVEYS_STARTED,
          BASELINE_RESPONDENT_IDS);
  /** @since 1.1 */
  public static final BuildingBlock ASK_BASELINE_RESPONDENTS = serviceTask("askBaselineRespondents",
      "Starts the next batch of the baseline survey's respondents' surveys, each its own process instance; loop "
          + "back (asynchronously) while some respondents have none yet.")
      .requiring(PROGRAMME_ID, COHORT_ID, RESPONDENTS_TO_ASK, SURVEYS_STARTED, BASELINE_DEADLINE)
      .setting(SURVEYS_STARTED);
  @SuppressWarnings("deprecation") // sets the deprecated list where a diagram drawn against 1.0 reads it
  public static final BuildingBlock OPEN_FINAL_SURVEY = serviceTask("openFinalSurvey",
      "Opens the final survey for the cohort's participants and counts them; askFinalRespondents then starts each "
          + "one's survey, its own process instance. The deprecated respondentIds is set only where the diagram "
          + "reads it.")
      .requiring(PROGRAMME_ID, COHORT_ID)
      .setting(RESPONDENT_COUNT, SURVEY_DEADLINE, RESPONDENTS_TO_ASK, SURVEYS_STARTED, RESPONDENT_IDS);
  /** @since 1.1 */
  public static final BuildingBlock ASK_FINAL_RESPONDENTS = serviceTask("askFinalRespondents",
      "Starts the next batch of the final survey's respondents' surveys, each its own process instance; loop back "
          + "(asynchronously) while some respondents have none yet.")
      .requiring(PROGRAMME_ID, COHORT_ID, RESPONDENTS_TO_ASK, SURVEYS_STARTED, SURVEY_DEADLINE)
      .setting(SURVEYS_STARTED);
  /** @since 1.1 */
  public static final BuildingBlock CLOSE_SURVEY = serviceTask("closeSurvey",
      "Counts one respondent's survey closed, answered or its respondent gone, and says whether it was the cohort's "
          + "last one open.")
      .requiring(COHORT_ID).setting(EVERYONE_ANSWERED);
  /** @since 1.1 */
  public static final BuildingBlock OPEN_LATE_FINAL_SURVEY = serviceTask("openLateFinalSurvey",
      "When a rematched pair finishes after its cohort's final survey opened, asks the pair's people for their final"
          + " survey; the scope's cohort is the pair's.")
      .requiring(LATE_PAIRING_ID).setting(COHORT_ID, LATE_RESPONDENT_IDS, LATE_SURVEY_DEADLINE);
  /** @since 1.1 */
  public static final BuildingBlock CLOSE_LATE_FINAL_SURVEY = serviceTask("closeLateFinalSurvey",
      "Closes a late pair's final survey: its answers join the cohort's only among at least the anonymity threshold"
          + " of late answers.")
      .requiring(COHORT_ID).reading(LATE_RESPONDENT_IDS);
  public static final BuildingBlock COMPILE_EVALUATION = serviceTask("compileEvaluation",
      "Closes the surveys and counts the answers.")
      .requiring(COHORT_ID);
  public static final BuildingBlock COMPILE_REPORT = serviceTask("compileReport",
      "Compiles the evaluation report from the surveys and themes.")
      .requiring(COHORT_ID);

  // rollout

  public static final BuildingBlock RECORD_ROLLOUT_DECISION = serviceTask("recordRolloutDecision",
      "Records the sponsor's rollout decision, widens the audience on expansion, sizes the next cohort and asks for "
          + "ambassadors.")
      .requiring(COHORT_ID, Vars.ROLLOUT_DECISION)
      .reading(CASCADE, YEARLY, MENTOR_MAXIMUM_BAND, MENTEE_MINIMUM_BAND, NEXT_COHORT_SIZE)
      .setting(YEARLY_RECURRENCE, NEXT_RECRUITMENT_AT, AMBASSADOR_IDS, AMBASSADORS_FROM_COHORT_ID,
          AMBASSADOR_REPLIES_CLOSE_AT);
  public static final BuildingBlock RECORD_AMBASSADOR_ANSWER = serviceTask("recordAmbassadorAnswer",
      "Records an accepted invitation to be an ambassador and tells the programme's manager.")
      .requiring(AMBASSADOR_ANSWER, AMBASSADORS_FROM_COHORT_ID, AMBASSADOR_ID);
  public static final BuildingBlock CLOSE_PROGRAMME = serviceTask("closeProgramme",
      "Closes the programme and tells whoever still waits on its waitlist.")
      .requiring(PROGRAMME_ID);

  // concerns

  public static final BuildingBlock ESCALATE_CONCERN = serviceTask("escalateConcern",
      "Escalates a concern nobody acknowledged in time to the HR admins.")
      .requiring(CONCERN_ID);
  public static final BuildingBlock RECORD_CONCERN_ACKNOWLEDGED = serviceTask("recordConcernAcknowledged",
      "Records that the concern was acknowledged and tells the raiser.")
      .requiring(CONCERN_ID);
  public static final BuildingBlock RECORD_CONCERN_OUTCOME = serviceTask("recordConcernOutcome",
      "Records how the concern was resolved and tells the raiser.")
      .requiring(CONCERN_ID);

  // a process owner's own steps: general purpose, so a diagram may use them anywhere or not at all

  public static final BuildingBlock NOTIFY = serviceTask("notify",
      "Sends the notification a process owner wrote to the people of the programme or pairing it names.")
      .requiring(PROGRAMME_ID).reading(PAIRING_ID)
      .taking(
          Input.line(NOTIFICATION_TOPIC, "Topic",
              "A stable key for this kind of message, in lower case with hyphens, such as workshop-follow-up: "
                  + "the host chooses its template and channel by it."),
          Input.choice(NOTIFICATION_RECIPIENTS, "Recipients",
              "Who gets it. The partners, the mentor and the mentee need a step inside a pair's journey.",
              Recipients.all()),
          Input.line(NOTIFICATION_SUBJECT, "Subject", "A one-line subject, without anyone's name."),
          Input.text(NOTIFICATION_BODY, "Message", "The message, without anyone's name or personal details."));

  private static final List<BuildingBlock> ALL = Declarations.of(BuildingBlocks.class, BuildingBlock.class);

  private BuildingBlocks() {}

  /** Every building block, in the order above. */
  public static List<BuildingBlock> all() {
    return ALL;
  }

  /** The building block with that bean name, if declared. */
  public static Optional<BuildingBlock> named(String bean) {
    return ALL.stream().filter(block -> block.name().equals(bean)).findFirst();
  }

  private static Var<?>[] concat(Var<?>[] first, Var<?>[] second) {
    Var<?>[] all = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
