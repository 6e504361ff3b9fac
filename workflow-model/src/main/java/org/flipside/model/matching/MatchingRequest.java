package org.flipside.model.matching;

import java.util.List;
import java.util.Set;

/**
 * Everything one matching run needs: the candidates, the programme's rules, the HR admin's review decisions so far,
 * and the anonymity threshold for the fairness figures.
 *
 * @param lockedPairs pairs the admin kept; they are in every result and must pass the hard rules
 * @param forbiddenPairs pairs the admin ruled out; they are never proposed
 * @param anonymityThreshold the smallest group whose fairness figures may be shown
 * @param allowedPairs pairs the admin allowed although a hard rule forbids them (never the same person on both
 *     sides, nor a pair the admin also ruled out); each proposed one carries the {@link RuleException}
 */
public record MatchingRequest(List<MatchCandidate> mentors, List<MatchCandidate> mentees, MatchingRules rules,
    Set<PairKey> lockedPairs, Set<PairKey> forbiddenPairs, int anonymityThreshold, Set<PairKey> allowedPairs) {

  public MatchingRequest {
    if (rules == null) {
      throw new IllegalArgumentException("matching rules are required");
    }
    mentors = mentors == null ? List.of() : List.copyOf(mentors);
    mentees = mentees == null ? List.of() : List.copyOf(mentees);
    lockedPairs = lockedPairs == null ? Set.of() : Set.copyOf(lockedPairs);
    forbiddenPairs = forbiddenPairs == null ? Set.of() : Set.copyOf(forbiddenPairs);
    allowedPairs = allowedPairs == null ? Set.of() : Set.copyOf(allowedPairs);
  }

  /** A request in which the admin allowed no pair against the rules. */
  public MatchingRequest(List<MatchCandidate> mentors, List<MatchCandidate> mentees, MatchingRules rules,
      Set<PairKey> lockedPairs, Set<PairKey> forbiddenPairs, int anonymityThreshold) {
    this(mentors, mentees, rules, lockedPairs, forbiddenPairs, anonymityThreshold, Set.of());
  }

  /** A first run: no locks, no bans. */
  public static MatchingRequest of(List<MatchCandidate> mentors, List<MatchCandidate> mentees, MatchingRules rules,
      int anonymityThreshold) {
    return new MatchingRequest(mentors, mentees, rules, Set.of(), Set.of(), anonymityThreshold);
  }
}
