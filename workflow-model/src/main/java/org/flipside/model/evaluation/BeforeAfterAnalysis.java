package org.flipside.model.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.statistics.distribution.TDistribution;
import org.flipside.model.ParticipantRole;
import org.flipside.model.SurveyKind;

/**
 * Compares baseline and final answers per measure and role. Paired figures use only people whose pseudonym
 * appears in both surveys with the same role. Each kind of figure (paired change, baseline mean, final mean)
 * is a measure-by-role breakdown whose "both roles" figure is its row total, so it is suppressed as one
 * {@link Breakdown}: a hidden role's figure cannot be worked out from the other role and the total.
 */
public final class BeforeAfterAnalysis {

  private static final List<ParticipantRole> ROLES = List.of(ParticipantRole.values());
  private static final double CONFIDENCE = 0.95;

  private BeforeAfterAnalysis() {
  }

  public static BeforeAfter analyse(List<ScoredResponse> responses, List<Measure> measures, int threshold) {
    Map<String, ScoredResponse> baseline = byRespondent(responses, SurveyKind.BASELINE);
    Map<String, ScoredResponse> finals = byRespondent(responses, SurveyKind.FINAL);
    List<ScoredResponse[]> pairs = new ArrayList<>();
    finals.forEach((respondent, after) -> {
      ScoredResponse before = baseline.get(respondent);
      if (before != null && before.role() == after.role()) {
        pairs.add(new ScoredResponse[] {before, after});
      }
    });

    List<Map<ParticipantRole, List<Double>>> changes = new ArrayList<>();
    List<Map<ParticipantRole, List<Double>>> before = new ArrayList<>();
    List<Map<ParticipantRole, List<Double>>> after = new ArrayList<>();
    for (Measure measure : measures) {
      Map<ParticipantRole, List<Double>> change = emptyByRole();
      for (ScoredResponse[] pair : pairs) {
        Integer first = pair[0].scores().get(measure.key());
        Integer last = pair[1].scores().get(measure.key());
        if (first != null && last != null) {
          change.get(pair[1].role()).add((double) (last - first));
        }
      }
      changes.add(change);
      before.add(scores(baseline, measure));
      after.add(scores(finals, measure));
    }

    GroupFiguresBuilder<PairedChange> paired =
        new GroupFiguresBuilder<>(measures, changes, threshold, BeforeAfterAnalysis::pairedChange);
    GroupFiguresBuilder<MeanScore> baselineMeans =
        new GroupFiguresBuilder<>(measures, before, threshold, BeforeAfterAnalysis::meanScore);
    GroupFiguresBuilder<MeanScore> finalMeans =
        new GroupFiguresBuilder<>(measures, after, threshold, BeforeAfterAnalysis::meanScore);
    List<MeasureOutcome> outcomes = new ArrayList<>();
    for (int row = 0; row < measures.size(); row++) {
      outcomes.add(new MeasureOutcome(measures.get(row), paired.row(row), baselineMeans.row(row),
          finalMeans.row(row)));
    }
    return new BeforeAfter(threshold, baseline.size(), finals.size(), pairs.size(), outcomes);
  }

  private static Map<String, ScoredResponse> byRespondent(List<ScoredResponse> responses, SurveyKind kind) {
    Map<String, ScoredResponse> byRespondent = new LinkedHashMap<>();
    for (ScoredResponse response : responses) {
      if (response.kind() == kind && byRespondent.putIfAbsent(response.respondent(), response) != null) {
        throw new IllegalArgumentException("respondent " + response.respondent() + " answered the " + kind
            + " survey twice");
      }
    }
    return byRespondent;
  }

  private static Map<ParticipantRole, List<Double>> scores(Map<String, ScoredResponse> responses, Measure measure) {
    Map<ParticipantRole, List<Double>> scores = emptyByRole();
    for (ScoredResponse response : responses.values()) {
      Integer score = response.scores().get(measure.key());
      if (score != null) {
        scores.get(response.role()).add((double) score);
      }
    }
    return scores;
  }

  private static Map<ParticipantRole, List<Double>> emptyByRole() {
    Map<ParticipantRole, List<Double>> map = new EnumMap<>(ParticipantRole.class);
    ROLES.forEach(role -> map.put(role, new ArrayList<>()));
    return map;
  }

  static PairedChange pairedChange(List<Double> changes) {
    int n = changes.size();
    double mean = mean(changes);
    double improved = changes.stream().filter(change -> change > 0).count() / (double) n;
    if (n < 2) {
      return new PairedChange(n, mean, Double.NaN, Double.NaN, improved);
    }
    double squares = 0;
    for (double change : changes) {
      squares += (change - mean) * (change - mean);
    }
    double variance = squares / (n - 1);
    double t = TDistribution.of(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    double margin = t * Math.sqrt(variance / n);
    return new PairedChange(n, mean, mean - margin, mean + margin, improved);
  }

  private static MeanScore meanScore(List<Double> scores) {
    return new MeanScore(scores.size(), mean(scores));
  }

  private static double mean(List<Double> values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.size();
  }

  /** One kind of figure for every measure and role, suppressed together. */
  private static final class GroupFiguresBuilder<T> {

    private final List<Map<ParticipantRole, List<Double>>> values;
    private final SuppressedBreakdown suppressed;
    private final Function<List<Double>, T> figure;

    GroupFiguresBuilder(List<Measure> measures, List<Map<ParticipantRole, List<Double>>> values, int threshold,
        Function<List<Double>, T> figure) {
      this.values = values;
      this.figure = figure;
      long[][] counts = values.stream()
          .map(byRole -> ROLES.stream().mapToLong(role -> byRole.get(role).size()).toArray())
          .toArray(long[][]::new);
      this.suppressed = measures.isEmpty() ? null : new Breakdown(measures.stream().map(Measure::key).toList(),
          ROLES.stream().map(Enum::name).toList(), counts, Margins.ROWS_ONLY).suppress(threshold);
    }

    GroupFigures<T> row(int row) {
      Map<ParticipantRole, Reported<T>> byRole = new EnumMap<>(ParticipantRole.class);
      for (int column = 0; column < ROLES.size(); column++) {
        byRole.put(ROLES.get(column), reported(suppressed.cell(row, column), values.get(row).get(ROLES.get(column))));
      }
      List<Double> everyone = values.get(row).values().stream().flatMap(List::stream).toList();
      return new GroupFigures<>(byRole, reported(suppressed.rowTotal(row), everyone));
    }

    private Reported<T> reported(TableCell count, List<Double> values) {
      if (count.hidden()) {
        return Reported.hidden(count.suppression());
      }
      // nobody answered: there is no figure, and "fewer than the threshold" is as true of none as of a few
      return values.isEmpty() ? Reported.hidden(Suppression.PRIMARY) : Reported.shown(figure.apply(values));
    }
  }
}
