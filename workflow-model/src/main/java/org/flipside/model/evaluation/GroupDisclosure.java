package org.flipside.model.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribute disclosure about a whole group, which no count threshold prevents: when all of a group, or all but
 * fewer than the threshold, gave one answer, a figure that shows it tells each named member their likely answer.
 * Statistical offices treat such a group as disclosive whatever its size (the UK ONS calls it group disclosure).
 * A threshold of 1 publishes single people's answers, so nothing here applies then.
 */
final class GroupDisclosure {

  private GroupDisclosure() {
  }

  /** Whether one value is given by all the group but fewer than the threshold: its distribution would say so. */
  static boolean dominated(List<? extends Number> values, int threshold) {
    if (threshold <= 1 || values.isEmpty()) {
      return false;
    }
    Map<Double, Integer> counts = new HashMap<>();
    values.forEach(value -> counts.merge(value.doubleValue(), 1, Integer::sum));
    int commonest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return values.size() - commonest < threshold;
  }

  /**
   * Whether the group's mean on a whole-number scale gives away that all but fewer than the threshold gave the
   * lowest or the highest answer: each one who did not adds at least one point of distance to the end, so a mean
   * that close to an end bounds how many did not.
   */
  static boolean meanPinsAnEnd(List<? extends Number> values, int lowest, int highest, int threshold) {
    if (threshold <= 1 || values.isEmpty()) {
      return false;
    }
    double sum = values.stream().mapToDouble(Number::doubleValue).sum();
    int n = values.size();
    return sum - (double) lowest * n < threshold || (double) highest * n - sum < threshold;
  }
}
