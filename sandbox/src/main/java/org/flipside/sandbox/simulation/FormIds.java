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
  static final String BASELINE_SURVEY = "flipside-baseline-survey";
  static final String FINAL_SURVEY = "flipside-final-survey";
  static final String REVIEW_EVALUATION = "flipside-review-evaluation";
  static final String ROLLOUT_DECISION = "flipside-rollout-decision";

  private FormIds() {}
}
