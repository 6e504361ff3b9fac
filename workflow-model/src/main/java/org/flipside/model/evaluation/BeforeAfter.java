package org.flipside.model.evaluation;

import java.util.List;

/**
 * Before and after, measure by measure, among the people who answered both surveys, with every group that could
 * single someone out hidden. How many answered only one survey is not told: set against the figures, that
 * difference would be one person's answers.
 *
 * @param threshold the anonymity threshold applied
 * @param pairedPeople how many people answered both surveys, the people every figure is about
 * @param measures one outcome per measure, in template order
 */
public record BeforeAfter(int threshold, int pairedPeople, List<MeasureOutcome> measures) {

  public BeforeAfter {
    measures = List.copyOf(measures);
  }
}
