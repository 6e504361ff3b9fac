package org.flipside.model;

/** When a survey is answered: before the sessions start, at their midpoint (a short pulse) or after they end. */
public enum SurveyKind {
  BASELINE,
  PULSE,
  FINAL
}
