package org.flipside.model.matching;

/** Why a participant was left without a partner. */
public enum UnmatchedReason {
  /** Nobody applied on the other side. */
  NO_CANDIDATES,
  /** Every candidate on the other side breaks at least one hard rule. */
  EXCLUDED_BY_HARD_RULES,
  /** Some candidates were feasible, but each went to someone else in the best overall matching. */
  FEASIBLE_PARTNERS_TAKEN
}
