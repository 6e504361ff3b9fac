package org.flipside.model.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plays an insider who knows exactly who stands behind each published figure and reads every figure (a mean
 * times its count, a count of an answer, a sum of squares behind an interval) as a linear equation in the
 * respondents' unknown answers. Any linear combination of the figures is then known too; the audit looks for one
 * that involves fewer respondents than the threshold, which would tell their answers apart from everyone else's.
 *
 * <p>A combination can be confined to a set of respondents U exactly when removing U's unknowns lowers the rank of
 * the equations: some combination then cancels every other unknown. Unknowns of different blocks (different
 * questions) share no equation, so each block is checked on its own.
 */
final class LinearAudit {

  /** Per block, the equations: each maps an unknown (respondent, variable) to its coefficient. */
  private final Map<String, List<Map<Unknown, Double>>> blocks = new LinkedHashMap<>();
  private final Set<String> respondents = new LinkedHashSet<>();

  record Unknown(String respondent, String variable) {
  }

  /** A published sum over the respondents of each variable, with its coefficient (-1 for a baseline in a change). */
  void publishes(String block, Iterable<String> who, Map<String, Double> variables) {
    Map<Unknown, Double> equation = new HashMap<>();
    for (String respondent : who) {
      respondents.add(respondent);
      variables.forEach((variable, coefficient) -> equation.merge(new Unknown(respondent, variable), coefficient,
          Double::sum));
    }
    blocks.computeIfAbsent(block, key -> new ArrayList<>()).add(equation);
  }

  /** How many figures were read. */
  int figures() {
    return blocks.values().stream().mapToInt(List::size).sum();
  }

  /** The smallest set of respondents, fewer than the threshold, that some combination of the figures isolates. */
  Optional<Set<String>> isolated(int threshold) {
    List<String> people = new ArrayList<>(respondents);
    for (int size = 1; size < threshold && size <= people.size(); size++) {
      Optional<Set<String>> found = search(people, size, 0, new ArrayList<>());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Set<String>> search(List<String> people, int size, int from, List<String> chosen) {
    if (chosen.size() == size) {
      Set<String> set = new LinkedHashSet<>(chosen);
      for (List<Map<Unknown, Double>> equations : blocks.values()) {
        if (rank(equations, Set.of()) > rank(equations, set)) {
          return Optional.of(set);
        }
      }
      return Optional.empty();
    }
    for (int i = from; i < people.size(); i++) {
      chosen.add(people.get(i));
      Optional<Set<String>> found = search(people, size, i + 1, chosen);
      chosen.remove(chosen.size() - 1);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The rank of the equations with the unknowns of the given respondents left out. */
  private static int rank(List<Map<Unknown, Double>> equations, Set<String> without) {
    List<Unknown> unknowns = equations.stream().flatMap(equation -> equation.keySet().stream())
        .filter(unknown -> !without.contains(unknown.respondent())).distinct().toList();
    double[][] matrix = new double[equations.size()][unknowns.size()];
    for (int row = 0; row < equations.size(); row++) {
      for (int column = 0; column < unknowns.size(); column++) {
        matrix[row][column] = equations.get(row).getOrDefault(unknowns.get(column), 0.0);
      }
    }
    int rank = 0;
    for (int column = 0; column < unknowns.size() && rank < matrix.length; column++) {
      int best = rank;
      for (int row = rank; row < matrix.length; row++) {
        if (Math.abs(matrix[row][column]) > Math.abs(matrix[best][column])) {
          best = row;
        }
      }
      if (Math.abs(matrix[best][column]) < 1e-9) {
        continue;
      }
      double[] swap = matrix[best];
      matrix[best] = matrix[rank];
      matrix[rank] = swap;
      for (int row = rank + 1; row < matrix.length; row++) {
        double factor = matrix[row][column] / matrix[rank][column];
        for (int k = column; k < unknowns.size(); k++) {
          matrix[row][k] -= factor * matrix[rank][k];
        }
      }
      rank++;
    }
    return rank;
  }
}
