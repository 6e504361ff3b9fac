package org.flipside.sandbox.simulation;

/** The ids of Flipside's forms, as the contract names them. */
final class FormIds {

  static final String SCOPE_PILOT = "flipside-scope-pilot";
  static final String SPONSOR_SIGN_OFF = "flipside-sponsor-sign-off";
  static final String APPLICATION = "flipside-application";
  static final String REVIEW_APPLICATIONS = "flipside-review-applications";
  static final String THIN_RECRUITMENT = "flipside-thin-recruitment";
  static final String REVIEW_MATCHES = "flipside-review-matches";
  static final String WORKSHOP_ATTENDANCE = "flipside-workshop-attendance";
  static final String LEARNING_AGREEMENT = "flipside-learning-agreement";
  static final String CONFIRM_AGREEMENT = "flipside-confirm-agreement";
  static final String LOG_SESSION = "flipside-log-session";
  static final String PULSE_SURVEY = "flipside-pulse-survey";
  static final String PAIR_CHECK_IN = "flipside-pair-check-in";
  static final String BASELINE_SURVEY = "flipside-baseline-survey";
  static final String FINAL_SURVEY = "flipside-final-survey";
  static final String REVIEW_EVALUATION = "flipside-review-evaluation";
  static final String ROLLOUT_DECISION = "flipside-rollout-decision";
  static final String AMBASSADOR_INVITATION = "flipside-ambassador-invitation";
  static final String SUPPORT_CONVERSATION = "flipside-support-conversation";
  static final String PRE_READING = "flipside-pre-reading";
  static final String ACKNOWLEDGE_CONCERN = "flipside-acknowledge-concern";
  static final String RESOLVE_CONCERN = "flipside-resolve-concern";

  private FormIds() {}
}
