package org.flipside.bpmn.vocabulary;

import static org.flipside.bpmn.vocabulary.Vars.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ids of Flipside's forms, which a host sees as {@code OpenTask.formId}, and what each form
 * holds.
 *
 * @since 1.0
 */
public final class Forms {

  /** The programme manager scopes the pilot. */
  public static final String SCOPE_PILOT = "flipside-scope-pilot";
  /**
   * A staff-network representative reviews the scope before the sponsor signs it off.
   *
   * @since 1.1
   */
  public static final String CO_DESIGN_REVIEW = "flipside-co-design-review";
  /** The sponsor approves the scope or sends it back. */
  public static final String SPONSOR_SIGN_OFF = "flipside-sponsor-sign-off";
  /** An invitee applies, as mentor or mentee, or declines. */
  public static final String APPLICATION = "flipside-application";
  /**
   * A communications contact runs the recruitment campaign while the application window is open.
   *
   * @since 1.1
   */
  public static final String RECRUITMENT_CAMPAIGN = "flipside-recruitment-campaign";
  /** The programme manager reviews the applications. */
  public static final String REVIEW_APPLICATIONS = "flipside-review-applications";
  /** Too few applicants: the programme manager extends the window or cancels. */
  public static final String THIN_RECRUITMENT = "flipside-thin-recruitment";
  /** The programme manager reviews the proposed matches. */
  public static final String REVIEW_MATCHES = "flipside-review-matches";
  /** The liaisons, else the programme manager, record who attended a workshop or knowledge session. */
  public static final String WORKSHOP_ATTENDANCE = "flipside-workshop-attendance";
  /**
   * A liaison confirms or changes the proposed kick-off workshops' times and places.
   *
   * @since 1.1
   */
  public static final String KICK_OFF_PLAN = "flipside-kick-off-plan";
  /** The mentor drafts the pair's learning agreement. */
  public static final String LEARNING_AGREEMENT = "flipside-learning-agreement";
  /** A partner confirms the learning agreement or asks for a change. */
  public static final String CONFIRM_AGREEMENT = "flipside-confirm-agreement";
  /** The arranger logs a session period. */
  public static final String LOG_SESSION = "flipside-log-session";
  /** Each partner answers the midpoint pulse. */
  public static final String PULSE_SURVEY = "flipside-pulse-survey";
  /** The programme manager checks in on a pair that keeps missing sessions. */
  public static final String PAIR_CHECK_IN = "flipside-pair-check-in";
  /** Participants answer the baseline survey. */
  public static final String BASELINE_SURVEY = "flipside-baseline-survey";
  /** Participants answer the final survey. */
  public static final String FINAL_SURVEY = "flipside-final-survey";
  /** The programme manager groups the feedback into themes. */
  public static final String REVIEW_EVALUATION = "flipside-review-evaluation";
  /** The sponsor decides on rollout. */
  public static final String ROLLOUT_DECISION = "flipside-rollout-decision";
  /** Someone who completed the cohort is asked to be an ambassador. */
  public static final String AMBASSADOR_INVITATION = "flipside-ambassador-invitation";
  /**
   * Someone on the waitlist confirms or declines the place the next cohort offers them first.
   *
   * @since 1.1
   */
  public static final String CONFIRM_PLACE = "flipside-confirm-place";
  /** The programme manager decides after a support conversation. */
  public static final String SUPPORT_CONVERSATION = "flipside-support-conversation";
  /**
   * One of the programme's coaches takes a partner's coaching request: arranges a session or hands it to the
   * programme manager.
   *
   * @since 1.1
   */
  public static final String COACHING_REQUEST = "flipside-coaching-request";
  /** A mentee confirms the pre-reading is done. */
  public static final String PRE_READING = "flipside-pre-reading";
  /** The EDI lead acknowledges a concern. */
  public static final String ACKNOWLEDGE_CONCERN = "flipside-acknowledge-concern";
  /** The EDI lead resolves a concern. */
  public static final String RESOLVE_CONCERN = "flipside-resolve-concern";

  private static final List<Var<?>> MATCHING_RULES = List.of(SEPARATE_LINE_CHAINS, SEPARATE_DEPARTMENTS,
      ENFORCE_BAND_GAP, EXCLUDE_DECLARED_CONFLICTS, HONOUR_MENTOR_CAPACITY, MENTORS_PER_MENTEE,
      WEIGHT_LEADS_WANTED_AREA, WEIGHT_SHARED_TOPICS, WEIGHT_COMPATIBLE_FORMAT, WEIGHT_SHARED_AVAILABILITY,
      WEIGHT_SAME_LOCATION);

  private static final List<Form> ALL = List.of(
      Form.of(SCOPE_PILOT, with(List.of(GOALS, SHORT_TERM_GOALS, MEDIUM_TERM_GOALS, LONG_TERM_GOALS, GAP_ANALYSIS,
          STAFF_NETWORKS, COHORT_SIZE, APPLICATION_WINDOW_DAYS,
          SESSIONS_START, DURATION_MONTHS, SESSION_CADENCE, AGREEMENT_ARRANGER, AGREEMENT_MEETING_FORMAT,
          AGREEMENT_PROTECTED_TIME, AGREEMENT_BOUNDARIES, MENTOR_MAXIMUM_BAND, MENTEE_MINIMUM_BAND, MINIMUM_BAND_GAP,
          RECRUIT_DEPARTMENTS, RECRUIT_HOST_GROUPS, RECRUIT_EMPLOYEES, RECRUIT_MENTOR_HOST_GROUPS,
          RECRUIT_MENTOR_EMPLOYEES, RECRUIT_MENTEE_HOST_GROUPS, RECRUIT_MENTEE_EMPLOYEES, KNOWLEDGE_SESSIONS,
          CONCERN_ACKNOWLEDGE_DAYS,
          Vars.PRE_READING, RETENTION_MONTHS), MATCHING_RULES))
          .showing(BAND_OPTIONS, ELIGIBLE_SUMMARY).keeping(GOALS, SHORT_TERM_GOALS, MEDIUM_TERM_GOALS, LONG_TERM_GOALS,
              GAP_ANALYSIS, STAFF_NETWORKS, AGREEMENT_BOUNDARIES, Vars.PRE_READING),
      Form.of(CO_DESIGN_REVIEW, CO_DESIGN_ENDORSED, CO_DESIGN_SUGGESTIONS).showing(CO_DESIGN_SCOPE).keepingAll(),
      Form.of(SPONSOR_SIGN_OFF, DECISION, COMMENTS).showing(SCOPE_SUMMARY).keeping(COMMENTS),
      Form.of(APPLICATION, INTEREST, LIVED_EXPERIENCE_TOPICS, LEARNING_INTERESTS, LEADS_AREA, PREFERRED_FORMAT,
          LOCATION, AVAILABILITY, DECLARED_CONFLICTS, MENTOR_CAPACITY, MOTIVATION, CONSENT_TO_PROTECTED_DATA,
          PROTECTED_CHARACTERISTIC).showing(AMBASSADORS_NOTE, COLLEAGUE_OPTIONS).keepingAll(),
      Form.of(RECRUITMENT_CAMPAIGN, CAMPAIGN_CHANNELS, CAMPAIGN_STARTED_ON).showing(CAMPAIGN_BRIEF).keepingAll(),
      Form.of(REVIEW_APPLICATIONS, REJECTED_APPLICATION_IDS, NOTE)
          .showing(MENTOR_APPLICANTS, MENTEE_APPLICANTS, APPLICATION_OPTIONS).keeping(NOTE),
      Form.of(THIN_RECRUITMENT, DECISION, EXTRA_DAYS),
      Form.of(REVIEW_MATCHES, with(List.of(DECISION, LOCKED_PAIRING_IDS, REJECTED_PAIRING_IDS, NOTE), MATCHING_RULES))
          .showing(PROPOSED_PAIRS, MATCH_SUMMARY, FAIRNESS_SUMMARY, PAIRING_OPTIONS).keeping(NOTE),
      Form.of(WORKSHOP_ATTENDANCE, ATTENDEE_IDS).showing(WORKSHOP_TITLE, ATTENDEE_OPTIONS),
      Form.of(KICK_OFF_PLAN, MENTORS_KICK_OFF_ON, MENTORS_KICK_OFF_TIME, MENTORS_KICK_OFF_PLACE, MENTEES_KICK_OFF_ON,
          MENTEES_KICK_OFF_TIME, MENTEES_KICK_OFF_PLACE).showing(KICK_OFF_PLAN_BRIEF).keepingAll(),
      Form.of(LEARNING_AGREEMENT, CONFIDENTIALITY_AGREED, BOUNDARIES, MEETING_FORMAT, FREQUENCY, ARRANGER,
          PROTECTED_TIME).showing(REQUESTED_CHANGES).keepingAll(),
      Form.of(CONFIRM_AGREEMENT, AGREEMENT, REQUESTED_CHANGES).showing(AGREEMENT_SUMMARY).keeping(REQUESTED_CHANGES),
      Form.of(LOG_SESSION, HELD, HELD_ON, DURATION_MINUTES, FORMAT, CONTINUE_PAIRING),
      Form.of(PULSE_SURVEY, PAIRING_WORKING, SPEAK_OPENLY, CONFIDENCE_TALKING_PULSE).keepingAll(),
      Form.of(PAIR_CHECK_IN, CHECK_IN_OUTCOME).showing(CHECK_IN_SUMMARY),
      // the surveys take the questions a programme's manager adds to its template besides these
      Form.of(BASELINE_SURVEY, CONFIDENCE_TALKING, UNDERSTANDING_ISSUES, CONFIDENCE_ASKING, CONFIDENCE_SHARING,
          COMMENTS).keepingAll(),
      Form.of(FINAL_SURVEY, CONFIDENCE_TALKING, UNDERSTANDING_ISSUES, CONFIDENCE_ASKING, CONFIDENCE_SHARING, COMMENTS)
          .keepingAll(),
      Form.of(REVIEW_EVALUATION, TITLE, SUMMARY, GOAL, PRIORITY, RECOMMENDATION, GROUPED_COMMENTS, NEXT_STEP)
          .showing(FEEDBACK_COMMENTS, GOAL_OPTIONS, COMMENT_OPTIONS)
          .keeping(TITLE, SUMMARY, GOAL, PRIORITY, RECOMMENDATION, GROUPED_COMMENTS),
      Form.of(ROLLOUT_DECISION, Vars.ROLLOUT_DECISION, MENTOR_MAXIMUM_BAND, MENTEE_MINIMUM_BAND, NEXT_COHORT_SIZE, CASCADE,
          YEARLY,
          RATIONALE).showing(EVALUATION_HEADLINE, BAND_OPTIONS).keeping(RATIONALE),
      Form.of(AMBASSADOR_INVITATION, AMBASSADOR_ANSWER),
      Form.of(CONFIRM_PLACE, PLACE_ANSWER),
      Form.of(SUPPORT_CONVERSATION, SUPPORT_DECISION, MESSAGE_TO_PARTNER)
          .showing(SUPPORT_REQUESTER_NAME, SUPPORT_PARTNER_NAME, SUPPORT_NOTE).keeping(MESSAGE_TO_PARTNER),
      Form.of(COACHING_REQUEST, COACHING_OUTCOME, COACHING_ON, COACHING_TIME)
          .showing(COACHING_REQUESTER_NAME, COACHING_PAIRING, COACHING_NOTE).keepingAll(),
      Form.of(PRE_READING, READING_DONE).showing(PRE_READING_TEXT),
      Form.of(ACKNOWLEDGE_CONCERN, ACKNOWLEDGEMENT_NOTE).showing(CONCERN_SUMMARY, CONCERN_CONTEXT)
          .keeping(ACKNOWLEDGEMENT_NOTE),
      Form.of(RESOLVE_CONCERN, OUTCOME).showing(CONCERN_SUMMARY, CONCERN_CONTEXT).keeping(OUTCOME));

  private Forms() {}

  /** Every form, with its fields. */
  public static List<Form> all() {
    return ALL;
  }

  /** The form with that id, if declared. */
  public static Optional<Form> withId(String id) {
    return ALL.stream().filter(form -> form.id().equals(id)).findFirst();
  }

  private static Var<?>[] with(List<Var<?>> own, List<Var<?>> shared) {
    List<Var<?>> fields = new ArrayList<>(own);
    fields.addAll(shared);
    return fields.toArray(Var<?>[]::new);
  }
}
