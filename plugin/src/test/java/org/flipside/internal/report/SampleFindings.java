package org.flipside.internal.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flipside.model.ParticipantRole;
import org.flipside.model.SurveyKind;
import org.flipside.model.evaluation.BeforeAfterAnalysis;
import org.flipside.model.evaluation.EvaluationFindings;
import org.flipside.model.evaluation.Measure;
import org.flipside.model.evaluation.OutcomeComparison;
import org.flipside.model.evaluation.OutcomeMeasure;
import org.flipside.model.evaluation.Recommendation;
import org.flipside.model.evaluation.ScoredResponse;
import org.flipside.model.evaluation.Reported;
import org.flipside.model.evaluation.Suppression;
import org.flipside.model.evaluation.ThemeFinding;
import org.flipside.model.evaluation.ThemePriority;

/**
 * A realistic pilot's findings: 20 mentors and 20 mentees answer the four measures before and after, and only
 * three mentees answer an added question, so that row has hidden figures. The seed organisation's figures.
 */
final class SampleFindings {

  static final String THEME = "Leaders now ask before they assume";
  static final String ACTION = "Brief the board on what the mentees taught them";
  /** What every one of the three mentees scored before and after on the added question: a change of +4. */
  static final String HIDDEN_CHANGE = "+4.00";

  static final List<Measure> MEASURES = List.of(
      new Measure("confidence_talking", "Confidence talking about race and ethnicity"),
      new Measure("understanding_issues", "Understanding of specific issues"),
      new Measure("confidence_asking", "Confidence to ask questions"),
      new Measure("confidence_sharing", "Confidence to share knowledge"),
      new Measure("felt_heard", "I felt heard"));

  private SampleFindings() {
  }

  static EvaluationFindings realistic(long seed) {
    return realistic(seed, "");
  }

  /** The same findings with the given text after every piece of free text that people wrote or named. */
  static EvaluationFindings realistic(long seed, String mark) {
    List<Measure> measures = MEASURES.stream().map(measure -> new Measure(measure.key(), measure.label() + mark)).toList();
    Random random = new Random(seed);
    List<ScoredResponse> responses = new ArrayList<>();
    for (int person = 0; person < 40; person++) {
      ParticipantRole role = person % 2 == 0 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
      Map<String, Integer> before = new HashMap<>();
      Map<String, Integer> after = new HashMap<>();
      for (Measure measure : MEASURES.subList(0, 4)) {
        int first = 1 + random.nextInt(3);
        before.put(measure.key(), first);
        after.put(measure.key(), Math.min(5, first + random.nextInt(3)));
      }
      if (person == 1 || person == 3 || person == 5) {
        before.put("felt_heard", 1);
        after.put("felt_heard", 5);
      }
      String pseudonym = "p" + person;
      responses.add(new ScoredResponse(pseudonym, role, SurveyKind.BASELINE, before));
      if (person < 36) {
        responses.add(new ScoredResponse(pseudonym, role, SurveyKind.FINAL, after));
      }
    }
    OutcomeComparison outcomes = new OutcomeComparison("2015" + mark, "2017" + mark, List.of(
        row(OutcomeMeasure.REPRESENTATION, "BME" + mark, "Bands 8-9 and VSM" + mark, 2.07, 4.6),
        row(OutcomeMeasure.REPRESENTATION, "BME" + mark, "Whole workforce" + mark, 11.05, 11.4),
        row(OutcomeMeasure.EQUAL_OPPORTUNITIES, "BME" + mark, null, 67.0, 82.0),
        row(OutcomeMeasure.EQUAL_OPPORTUNITIES, "White" + mark, null, 90.0, 90.0),
        new OutcomeComparison.Row(OutcomeMeasure.EQUAL_OPPORTUNITIES, "Disabled staff" + mark, null,
            Reported.hidden(Suppression.PRIMARY), null),
        row(OutcomeMeasure.NETWORK_SIZE, "BME staff network" + mark, null, 6.0, 44.0)));
    List<ThemeFinding> themes = List.of(
        new ThemeFinding(THEME + mark, "Mentees describe leaders checking their assumptions in meetings" + mark,
            "Leaders who talk openly about race" + mark, ThemePriority.ACT_NOW, ACTION + mark, 14),
        new ThemeFinding("Career conversations" + mark, "Mentors want sponsorship, not only advice" + mark,
            "More BME staff at Bands 8-9 and VSM" + mark, ThemePriority.LATER,
            "Add sponsorship to talent reviews" + mark, 9));
    List<Recommendation> recommendations = themes.stream()
        .map(theme -> new Recommendation(theme.recommendation(), theme.priority(), theme.title(), theme.goal()))
        .toList();
    return new EvaluationFindings("Board reverse mentoring pilot" + mark, 1, "race and ethnicity" + mark,
        "Reverse mentor" + mark, "Leader" + mark, BeforeAfterAnalysis.analyse(responses, measures, 5), outcomes, themes, recommendations,
        Instant.parse("2027-09-01T10:00:00Z"));
  }

  private static OutcomeComparison.Row row(OutcomeMeasure measure, String group, String band, double before,
      double after) {
    return new OutcomeComparison.Row(measure, group, band, Reported.shown(before), Reported.shown(after));
  }
}
