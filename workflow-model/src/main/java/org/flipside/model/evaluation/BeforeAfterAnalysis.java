package org.flipside.model.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.TDistribution;
import org.flipside.model.ParticipantRole;
import org.flipside.model.SurveyKind;

/**
 * Compares baseline and final answers per measure and role, on one set of people: those whose pseudonym appears in
 * both surveys with the same role and who answered the measure both times. The baseline mean, the final mean and
 * the paired change of a group are therefore about the same people, so no table can be set against another to
 * single out someone who answered once (a leaver, a latecomer). The three tables are one measure-by-role breakdown
 * whose "both roles" figure is its row total, suppressed once for all three: a group smaller than the threshold,
 * or whose mean would give away that nearly all of it gave the lowest or highest answer, is hidden in all three
 * with whatever would give it away. A confidence interval or a share who improved is shown for a measure only
 * when no shown group's changes are all (or all but fewer than the threshold) the same.
 */
public final class BeforeAfterAnalysis {

  private static final double CONFIDENCE = 0.95;
  private static final int LOWEST = 1;
  private static final int HIGHEST = 5;

  /** One person's answers to a measure in both surveys. */
  private record Answers(int before, int after) {

    double change() {
      return after - before;
    }

    boolean improved() {
      return after > before;
    }
  }

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

    List<Map<ParticipantRole, List<Answers>>> answers = new ArrayList<>();
    for (Measure measure : measures) {
      Map<ParticipantRole, List<Answers>> byRole = RoleFigures.emptyByRole();
      for (ScoredResponse[] pair : pairs) {
        Integer first = pair[0].scores().get(measure.key());
        Integer last = pair[1].scores().get(measure.key());
        if (first != null && last != null) {
          byRole.get(pair[1].role()).add(new Answers(first, last));
        }
      }
      answers.add(byRole);
    }

    RoleFigures<Answers> figures = new RoleFigures<>(measures.stream().map(Measure::key).toList(), answers,
        threshold, group -> GroupDisclosure.meanPinsAnEnd(befores(group), LOWEST, HIGHEST, threshold)
            || GroupDisclosure.meanPinsAnEnd(afters(group), LOWEST, HIGHEST, threshold));
    List<MeasureOutcome> outcomes = new ArrayList<>();
    for (int row = 0; row < measures.size(); row++) {
      boolean interval = !figures.anyShownGroup(row,
          group -> GroupDisclosure.dominated(group.stream().map(Answers::change).toList(), threshold));
      boolean share = !figures.anyShownGroup(row,
          group -> GroupDisclosure.dominated(group.stream().map(a -> a.improved() ? 1 : 0).toList(), threshold));
      outcomes.add(new MeasureOutcome(measures.get(row),
          figures.row(row, group -> pairedChange(group.stream().map(Answers::change).toList(), interval, share)),
          figures.row(row, group -> meanScore(befores(group))),
          figures.row(row, group -> meanScore(afters(group)))));
    }
    return new BeforeAfter(threshold, pairs.size(), outcomes);
  }

  private static List<Double> befores(List<Answers> group) {
    return group.stream().map(answers -> (double) answers.before()).toList();
  }

  private static List<Double> afters(List<Answers> group) {
    return group.stream().map(answers -> (double) answers.after()).toList();
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

  /**
   * @param withInterval whether the interval may be shown; it tells the spread, and so whether everyone moved alike
   * @param withShare whether the share who improved may be shown
   */
  static PairedChange pairedChange(List<Double> changes, boolean withInterval, boolean withShare) {
    int n = changes.size();
    double mean = mean(changes);
    double improved = withShare ? changes.stream().filter(change -> change > 0).count() / (double) n : Double.NaN;
    if (n < 2 || !withInterval) {
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
