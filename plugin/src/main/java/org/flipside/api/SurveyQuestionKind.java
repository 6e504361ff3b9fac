package org.flipside.api;

/**
 * How a survey question is answered.
 *
 * @since 1.0
 */
public enum SurveyQuestionKind {
  /** A score from 1 (not at all) to 5 (very), compared before and after. */
  SCALE,
  /** Free text, which the HR admin groups into themes. */
  FREE_TEXT
}
