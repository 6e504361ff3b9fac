package org.flipside.model.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
      Map<ParticipantRole, List<Double>> change = RoleFigures.emptyByRole();
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

    List<String> keys = measures.stream().map(Measure::key).toList();
    RoleFigures<PairedChange> paired = new RoleFigures<>(keys, changes, threshold, BeforeAfterAnalysis::pairedChange);
    RoleFigures<MeanScore> baselineMeans = new RoleFigures<>(keys, before, threshold, BeforeAfterAnalysis::meanScore);
    RoleFigures<MeanScore> finalMeans = new RoleFigures<>(keys, after, threshold, BeforeAfterAnalysis::meanScore);
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
    Map<ParticipantRole, List<Double>> scores = RoleFigures.emptyByRole();
    for (ScoredResponse response : responses.values()) {
      Integer score = response.scores().get(measure.key());
      if (score != null) {
        scores.get(response.role()).add((double) score);
      }
    }
    return scores;
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

  static double mean(List<Double> values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.size();
  }
}
