package org.flipside.model.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Someone the matching left without a partner, and why.
 *
 * @param feasiblePartners how many on the other side passed every hard rule
 * @param exclusionsByRule hard rule name → how many candidates it excluded (a candidate can break several rules),
 *     in rule order
 * @param examplesByRule hard rule name → the participant ids of a few candidates it excluded, lowest ids first
 */
public record UnmatchedParticipant(String participantId, Side side, UnmatchedReason reason, int feasiblePartners,
    Map<String, Integer> exclusionsByRule, Map<String, List<String>> examplesByRule) {

  public UnmatchedParticipant {
    exclusionsByRule = Collections.unmodifiableMap(new LinkedHashMap<>(exclusionsByRule));
    examplesByRule = Collections.unmodifiableMap(new LinkedHashMap<>(examplesByRule));
  }

  /** One line for the admin, naming example candidates by participant id. */
  public String summary() {
    return summary(Function.identity());
  }

  /** One line for the admin, naming example candidates as {@code nameOf} gives them. */
  public String summary(Function<String, String> nameOf) {
    return switch (reason) {
      case NO_CANDIDATES -> "there are no " + (side == Side.MENTOR ? "mentees" : "mentors");
      case FEASIBLE_PARTNERS_TAKEN -> "each of the " + feasiblePartners
          + " feasible partners was matched to someone else";
      case EXCLUDED_BY_HARD_RULES -> "no candidate passes the hard rules: " + exclusionsByRule.entrySet().stream()
          .map(entry -> entry.getKey() + " (" + entry.getValue() + ", e.g. "
              + examplesByRule.get(entry.getKey()).stream().map(nameOf).collect(Collectors.joining(", ")) + ")")
          .collect(Collectors.joining(", "));
    };
  }
}
