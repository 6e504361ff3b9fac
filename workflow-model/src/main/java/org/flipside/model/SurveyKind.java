package org.flipside.model;

/** When a survey is answered: before the sessions start or after they end. */
public enum SurveyKind {
  BASELINE,
  FINAL
}
