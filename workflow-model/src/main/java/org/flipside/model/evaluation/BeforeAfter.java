package org.flipside.model.evaluation;

import java.util.List;

/**
 * Before and after, measure by measure, with every group smaller than the threshold hidden.
 *
 * @param threshold the anonymity threshold applied
 * @param baselineResponses how many baseline responses there were
 * @param finalResponses how many final responses there were
 * @param pairedPeople how many people answered both
 * @param measures one outcome per measure, in template order
 */
public record BeforeAfter(int threshold, int baselineResponses, int finalResponses, int pairedPeople,
    List<MeasureOutcome> measures) {

  public BeforeAfter {
    measures = List.copyOf(measures);
  }
}
