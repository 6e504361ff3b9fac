package org.flipside.internal.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flipside.model.EventAudience;
import org.flipside.model.ParticipantRole;
import org.flipside.model.SurveyKind;
import org.flipside.model.WorkshopKind;
import org.flipside.model.evaluation.BeforeAfterAnalysis;
import org.flipside.model.evaluation.EvaluationFindings;
import org.flipside.model.evaluation.Measure;
import org.flipside.model.evaluation.CommitmentFinding;
import org.flipside.model.evaluation.CommitmentStatus;
import org.flipside.model.evaluation.EventAttendance;
import org.flipside.model.evaluation.MeasureDefinition;
import org.flipside.model.evaluation.MeasureUnit;
import org.flipside.model.evaluation.OutcomeHistory;
import org.flipside.model.evaluation.OutcomeMeasure;
import org.flipside.model.evaluation.OutcomeStage;
import org.flipside.model.evaluation.Participation;
import org.flipside.model.evaluation.Recommendation;
import org.flipside.model.evaluation.ScoredResponse;
import org.flipside.model.evaluation.Reported;
import org.flipside.model.evaluation.Suppression;
import org.flipside.model.evaluation.ThemeFinding;
import org.flipside.model.evaluation.ThemePriority;
import org.flipside.model.evaluation.UpcomingEvent;

/**
 * A realistic pilot's findings: 20 mentors and 20 mentees answer the four measures before and after, and only
 * three mentees answer an added question, so that row has hidden figures. The seed organisation's figures at three
 * points, a measure of its own, two commitments, two kick-offs, one with too few absent to show, and a presentation
 * of the findings still to come.
 */
final class SampleFindings {

  static final String THEME = "Leaders now ask before they assume";
  static final String ACTION = "Brief the board on what the mentees taught them";
  static final String LEADERS_IN_COMMS = "Leaders featured in staff communications";
  static final String COMMITMENT = "A joint blog on what the pair learned";
  static final String PRESENTATION = "Findings for the advisory group";
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
    OutcomeHistory outcomes = new OutcomeHistory(List.of(
        new OutcomeHistory.Point(OutcomeStage.SCOPING, "2015" + mark, LocalDate.of(2015, 3, 31)),
        new OutcomeHistory.Point(OutcomeStage.EVALUATION, "2017" + mark, LocalDate.of(2017, 3, 31)),
        new OutcomeHistory.Point(OutcomeStage.FOLLOW_UP, "2018" + mark, LocalDate.of(2018, 3, 31))), List.of(
        series(OutcomeMeasure.REPRESENTATION.definition(),
            line("BME" + mark, "Bands 8-9 and VSM" + mark, 2.07, 4.6, 5.2),
            line("BME" + mark, "Whole workforce" + mark, 11.05, 11.4, 11.6)),
        series(OutcomeMeasure.EQUAL_OPPORTUNITIES.definition(),
            line("BME" + mark, null, 67.0, 82.0, null),
            line("White" + mark, null, 90.0, 90.0, 91.0),
            new OutcomeHistory.Line("Disabled staff" + mark, null,
                Arrays.asList(Reported.hidden(Suppression.PRIMARY), null, null))),
        series(OutcomeMeasure.NETWORK_SIZE.definition(), line("BME staff network" + mark, null, 6.0, 44.0, 51.0)),
        series(new MeasureDefinition("leaders_in_comms", LEADERS_IN_COMMS + mark, MeasureUnit.COUNT, false, false,
            "Posts and all-staff messages by leaders about diversity" + mark), line(null, null, 2.0, 9.0, 14.0))));
    Participation participation = Participation.of(20, 17, 3, 112, 9, 76, List.of(
        EventAttendance.of("Mentors' kick-off" + mark, Instant.parse("2027-02-03T09:00:00Z"), 18, 2, 5),
        EventAttendance.of("Mentees' kick-off" + mark, Instant.parse("2027-02-04T09:00:00Z"), 15, 5, 5)), 5);
    List<CommitmentFinding> commitments = List.of(
        new CommitmentFinding(COMMITMENT + mark, "One pair" + mark, CommitmentStatus.IN_PROGRESS, null,
            Instant.parse("2027-08-01T09:00:00Z")),
        new CommitmentFinding("Address all staff at the Race Equality event" + mark, "The managing director" + mark,
            CommitmentStatus.DONE, LocalDate.of(2027, 10, 1), Instant.parse("2027-10-02T09:00:00Z")));
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
        "Reverse mentor" + mark, "Leader" + mark, BeforeAfterAnalysis.analyse(responses, measures, 5), participation,
        outcomes, commitments, themes, recommendations,
        List.of(new UpcomingEvent(WorkshopKind.PRESENTATION, PRESENTATION + mark, Instant.parse("2027-10-19T10:00:00Z"),
            EventAudience.NAMED, 3, 4)),
        Instant.parse("2027-09-01T10:00:00Z"));
  }

  private static OutcomeHistory.MeasureSeries series(MeasureDefinition measure, OutcomeHistory.Line... lines) {
    return new OutcomeHistory.MeasureSeries(measure, List.of(lines));
  }

  private static OutcomeHistory.Line line(String group, String band, Double... values) {
    return new OutcomeHistory.Line(group, band, Arrays.stream(values)
        .map(value -> value == null ? null : Reported.shown(value)).toList());
  }
}
