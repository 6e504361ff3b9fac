package org.flipside.model.evaluation;

/** Whether a figure is shown, and if not, why. */
public enum Suppression {
  /** Shown. */
  PUBLISHED,
  /** Hidden because fewer people stand behind it than the programme's anonymity threshold. */
  PRIMARY,
  /** Hidden, although large enough, so that a primary hidden figure cannot be worked out from totals. */
  COMPLEMENTARY;

  public boolean hidden() {
    return this != PUBLISHED;
  }
}
