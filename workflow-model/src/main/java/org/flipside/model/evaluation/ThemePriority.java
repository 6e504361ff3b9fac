package org.flipside.model.evaluation;

/** When to act on a theme of the feedback. */
public enum ThemePriority {
  /** Immediate action would have impact: recommended first. */
  ACT_NOW,
  /** Worth doing, after the act-now themes. */
  LATER
}
