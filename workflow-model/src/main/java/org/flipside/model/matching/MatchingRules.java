package org.flipside.model.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A programme's matching rules: the hard rules and the weight of each soft rule. A soft rule missing from the
 * weights counts with weight 0.
 */
public record MatchingRules(HardRules hard, Map<SoftRule, Double> weights) {

  /** Keeps a pair's score, in thousandths of a point, well inside an int for the solver's exact arithmetic. */
  public static final double MAXIMUM_WEIGHT = 1_000;

  public MatchingRules {
    if (hard == null) {
      throw new IllegalArgumentException("hard rules are required");
    }
    EnumMap<SoftRule, Double> copy = new EnumMap<>(SoftRule.class);
    (weights == null ? Map.<SoftRule, Double>of() : weights).forEach((rule, weight) -> {
      requireValidWeight(rule, weight);
      copy.put(rule, weight);
    });
    weights = Collections.unmodifiableMap(copy);
  }

  /**
   * Checks one soft rule's weight.
   *
   * @throws IllegalArgumentException naming the rule when the weight is missing, negative or above the maximum
   */
  public static void requireValidWeight(SoftRule rule, Double weight) {
    if (weight == null || !(weight >= 0 && weight <= MAXIMUM_WEIGHT)) {
      throw new IllegalArgumentException(
          "the weight of " + rule.ruleName() + " must be between 0 and " + MAXIMUM_WEIGHT + ", was " + weight);
    }
  }

  /** The given hard rules with every soft rule at its default weight. */
  public static MatchingRules withDefaultWeights(HardRules hard) {
    EnumMap<SoftRule, Double> weights = new EnumMap<>(SoftRule.class);
    for (SoftRule rule : SoftRule.values()) {
      weights.put(rule, rule.defaultWeight());
    }
    return new MatchingRules(hard, weights);
  }

  public double weight(SoftRule rule) {
    return weights.getOrDefault(rule, 0.0);
  }
}
