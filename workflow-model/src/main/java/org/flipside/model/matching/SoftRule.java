package org.flipside.model.matching;

/**
 * A rule that makes a pair better. Each is weighted by the HR admin; the {@link #ruleName()} is stable and names the
 * rule in explanations.
 */
public enum SoftRule {
  /** The area the mentee leads is one the mentor wants to work in. */
  LEADS_WANTED_AREA("leads-wanted-area", 2.0),
  /** Per topic of the mentor's lived experience that the mentee wants to learn about. */
  SHARED_TOPICS("shared-topics", 1.0),
  /** Their preferred formats agree, or one of them has no preference. */
  COMPATIBLE_FORMAT("compatible-format", 0.5),
  /** They have at least one availability slot in common. */
  SHARED_AVAILABILITY("shared-availability", 0.5),
  /** They work in the same location. */
  SAME_LOCATION("same-location", 0.5);

  private final String ruleName;
  private final double defaultWeight;

  SoftRule(String ruleName, double defaultWeight) {
    this.ruleName = ruleName;
    this.defaultWeight = defaultWeight;
  }

  public String ruleName() {
    return ruleName;
  }

  public double defaultWeight() {
    return defaultWeight;
  }
}
