package org.flipside.model.evaluation;

import java.util.List;

/**
 * How one group answered one pulse question.
 *
 * @param people how many answered
 * @param mean their average score on the 1-5 scale
 * @param distribution how many gave each score, from 1 to 5; empty when it would show that (nearly) the whole
 *     group gave one score
 */
public record PulseScores(int people, double mean, List<Integer> distribution) {

  public PulseScores {
    distribution = List.copyOf(distribution);
  }

  public boolean hasDistribution() {
    return !distribution.isEmpty();
  }
}
