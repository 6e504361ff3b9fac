package org.flipside.model.evaluation;

import java.util.List;

/**
 * The organisational figures at scoping and at evaluation, side by side.
 *
 * @param scopingPeriod what the scoping figures describe, or null when none were recorded
 * @param evaluationPeriod what the evaluation figures describe, or null when none were recorded
 * @param rows one row per measure, group and band, in the order first recorded
 */
public record OutcomeComparison(String scopingPeriod, String evaluationPeriod, List<Row> rows) {

  public OutcomeComparison {
    rows = List.copyOf(rows);
  }

  /** The rows of one measure. */
  public List<Row> rows(OutcomeMeasure measure) {
    return rows.stream().filter(row -> row.measure() == measure).toList();
  }

  /**
   * One figure at both stages.
   *
   * @param scoping the figure at scoping, hidden when it rests on fewer people than the threshold; null if absent
   * @param evaluation the figure at evaluation, likewise
   */
  public record Row(OutcomeMeasure measure, String group, String band, Reported<Double> scoping,
      Reported<Double> evaluation) {
  }
}
