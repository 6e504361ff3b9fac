package org.flipside.model.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A programme's organisational figures over time: the points at which they were taken (the baseline, each
 * evaluation, follow-ups) and, per measure, one series per group and band across those points. Aggregates only.
 *
 * @param points the points in time order, the baseline first
 * @param measures the measures with at least one figure, built-in ones first, each with its lines
 */
public record OutcomeHistory(List<Point> points, List<MeasureSeries> measures) {

  public OutcomeHistory {
    points = List.copyOf(points);
    measures = List.copyOf(measures);
  }

  /** No figures at all. */
  public static OutcomeHistory empty() {
    return new OutcomeHistory(List.of(), List.of());
  }

  public boolean isEmpty() {
    return measures.isEmpty();
  }

  /**
   * One point at which figures were taken.
   *
   * @param stage the baseline, an evaluation, or a follow-up
   * @param period what the figures describe, as the manager wrote it ("2015", "2017 staff survey")
   * @param takenOn the day the figures describe, or null when none was given
   */
  public record Point(OutcomeStage stage, String period, LocalDate takenOn) {

    public Point {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(period, "period");
    }

    /** How the report heads the point: "At scoping (2015)". */
    public String label() {
      return stage.label() + " (" + period + ")";
    }
  }

  /**
   * A measure's figures over the points.
   *
   * @param measure the measure
   * @param lines one per group and band, in the order first recorded
   */
  public record MeasureSeries(MeasureDefinition measure, List<Line> lines) {

    public MeasureSeries {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One group's (and band's) figures, one per point of the history.
   *
   * @param group the group, or null when the figure is about the whole organisation
   * @param band the band, for representation; else null
   * @param values one per point in order: null where none was recorded then, hidden where it rests on fewer people
   *     than the programme's threshold
   */
  public record Line(String group, String band, List<Reported<Double>> values) {

    public Line {
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** How a chart or a table names the line. */
    public String name() {
      if (group == null) {
        return band == null ? "Whole organisation" : band;
      }
      return band == null ? group : group + ": " + band;
    }
  }
}
