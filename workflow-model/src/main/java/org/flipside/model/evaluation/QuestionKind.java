package org.flipside.model.evaluation;

/** How a survey question is answered. */
public enum QuestionKind {
  /** A score from 1 (not at all) to 5 (very), compared before and after. */
  SCALE,
  /** Free text, grouped into themes by the programme manager. */
  FREE_TEXT
}
