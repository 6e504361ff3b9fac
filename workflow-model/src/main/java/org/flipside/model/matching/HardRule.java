package org.flipside.model.matching;

/**
 * A rule that rules a mentor–mentee pair out entirely. The {@link #ruleName()} is stable: explanations and forms
 * refer to it.
 */
public enum HardRule {
  SAME_PERSON("same-person", "the same person"),
  LINE_MANAGEMENT_CHAIN("line-management-chain", "in one line-management chain"),
  SAME_DEPARTMENT("same-department", "in the same team or department"),
  SENIORITY_GAP("seniority-gap", "seniority gap below the minimum"),
  CONFLICT_OF_INTEREST("conflict-of-interest", "a declared conflict of interest"),
  FORBIDDEN_BY_ADMIN("forbidden-by-admin", "forbidden by the HR admin");

  private final String ruleName;
  private final String description;

  HardRule(String ruleName, String description) {
    this.ruleName = ruleName;
    this.description = description;
  }

  public String ruleName() {
    return ruleName;
  }

  /** Plain English, to follow "excluded because". */
  public String description() {
    return description;
  }

  /** This rule's bit in a mask of breached rules. */
  int bit() {
    return 1 << ordinal();
  }

  boolean isIn(int breaches) {
    return (breaches & bit()) != 0;
  }
}
