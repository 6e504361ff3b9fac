package org.flipside.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.flipside.model.ParticipantRole.MENTEE;
import static org.flipside.model.ParticipantRole.MENTOR;
import static org.flipside.model.SurveyKind.BASELINE;
import static org.flipside.model.SurveyKind.FINAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.model.ParticipantRole;
import org.junit.jupiter.api.Test;

class BeforeAfterAnalysisTest {

  private static final Measure TALKING = new Measure("confidence_talking", "Confidence talking");
  private static final Measure ASKING = new Measure("confidence_asking", "Confidence asking");

  private final List<ScoredResponse> responses = new ArrayList<>();

  @Test
  void pairedChangeHasItsMeanTIntervalAndShareImproved() {
    int[][] beforeAndAfter = {{2, 3}, {1, 3}, {3, 3}, {2, 3}, {3, 4}, {4, 3}};
    for (int i = 0; i < beforeAndAfter.length; i++) {
      answer("m" + i, MENTOR, beforeAndAfter[i][0], beforeAndAfter[i][1]);
    }

    // a threshold of 2: with 5, six people's changes are always all but fewer than five alike
    BeforeAfter result = BeforeAfterAnalysis.analyse(responses, List.of(TALKING), 2);

    PairedChange change = result.measures().get(0).paired().role(MENTOR).value();
    // changes 1, 2, 0, 1, 1, -1: mean 2/3, sample sd 1.0328, t(5; 0.975) = 2.5706 from the tables
    double margin = 2.5706 * 1.03280 / Math.sqrt(6);
    assertThat(change.people()).isEqualTo(6);
    assertThat(change.meanChange()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(change.lower()).isCloseTo(2.0 / 3 - margin, within(1e-3));
    assertThat(change.upper()).isCloseTo(2.0 / 3 + margin, within(1e-3));
    assertThat(change.shareImproved()).isCloseTo(4.0 / 6, within(1e-9));
    assertThat(result.measures().get(0).baseline().role(MENTOR).value().mean()).isCloseTo(15.0 / 6, within(1e-9));
    assertThat(result.measures().get(0).finalSurvey().role(MENTOR).value().mean()).isCloseTo(19.0 / 6, within(1e-9));
  }

  @Test
  void everyFigureIsAboutThePeopleWhoAnsweredBoth() {
    int[][] beforeAndAfter = {{2, 4}, {1, 4}, {3, 5}, {2, 3}, {3, 4}};
    for (int i = 0; i < beforeAndAfter.length; i++) {
      answer("m" + i, MENTOR, beforeAndAfter[i][0], beforeAndAfter[i][1]);
    }
    responses.add(response("only-before", MENTOR, BASELINE, 1));
    responses.add(response("only-after", MENTOR, FINAL, 5));
    // the same pseudonym under another role is not the same person's pair
    responses.add(response("switched", MENTOR, BASELINE, 1));
    responses.add(response("switched", MENTEE, FINAL, 5));

    BeforeAfter result = BeforeAfterAnalysis.analyse(responses, List.of(TALKING), 5);

    assertThat(result.pairedPeople()).isEqualTo(5);
    MeasureOutcome talking = result.measures().get(0);
    assertThat(talking.paired().role(MENTOR).value().meanChange()).isEqualTo(1.8);
    assertThat(talking.baseline().role(MENTOR).value()).as("not the seven baseline answers")
        .isEqualTo(new MeanScore(5, 11.0 / 5));
    assertThat(talking.finalSurvey().role(MENTOR).value()).isEqualTo(new MeanScore(5, 20.0 / 5));
    assertThat(talking.finalSurvey().role(MENTEE).suppression()).as("nobody paired").isEqualTo(Suppression.PRIMARY);
    assertThat(talking.finalSurvey().allRoles().value().people()).isEqualTo(5);
  }

  @Test
  void aGroupThatAllMovedAlikeShowsItsChangeWithoutIntervalOrShareImproved() {
    int[][] beforeAndAfter = {{2, 3}, {1, 2}, {3, 4}, {2, 3}, {3, 4}, {2, 3}};
    for (int i = 0; i < beforeAndAfter.length; i++) {
      answer("m" + i, MENTOR, beforeAndAfter[i][0], beforeAndAfter[i][1]);
    }

    PairedChange change = BeforeAfterAnalysis.analyse(responses, List.of(TALKING), 5).measures().get(0).paired()
        .role(MENTOR).value();

    assertThat(change.meanChange()).isEqualTo(1.0);
    assertThat(change.hasInterval()).as("[+1.00, +1.00] would say each moved by one").isFalse();
    assertThat(change.hasShareImproved()).as("100% would say each improved").isFalse();
  }

  @Test
  void aMeanThatShowsNearlyEveryoneGaveTheTopAnswerIsHiddenInEveryTable() {
    for (int i = 0; i < 6; i++) {
      answer("mentor" + i, MENTOR, 2 + i % 3, i == 0 ? 4 : 5);
      answer("mentee" + i, MENTEE, 1 + i % 3, 2 + i % 4);
    }

    MeasureOutcome talking = BeforeAfterAnalysis.analyse(responses, List.of(TALKING), 5).measures().get(0);

    // a final mean of 29/6 tells that five of the six mentors answered 5 and one 4
    assertThat(talking.finalSurvey().role(MENTOR).suppression()).isEqualTo(Suppression.PRIMARY);
    assertThat(talking.baseline().role(MENTOR).isHidden()).as("or final = baseline + change would tell").isTrue();
    assertThat(talking.paired().role(MENTOR).isHidden()).isTrue();
    assertThat(talking.paired().role(MENTEE).suppression()).as("or everyone minus the mentees would tell")
        .isEqualTo(Suppression.COMPLEMENTARY);
    assertThat(talking.paired().allRoles().value().people()).isEqualTo(12);
  }

  @Test
  void aSmallRoleIsHiddenAndSoIsTheFigureThatWouldGiveItAway() {
    for (int i = 0; i < 12; i++) {
      answer("mentor" + i, MENTOR, 2, 3);
    }
    for (int i = 0; i < 3; i++) {
      answer("mentee" + i, MENTEE, 1, 5);
    }

    MeasureOutcome talking = BeforeAfterAnalysis.analyse(responses, List.of(TALKING), 5).measures().get(0);

    assertThat(talking.paired().role(MENTEE).suppression()).isEqualTo(Suppression.PRIMARY);
    assertThat(talking.paired().role(MENTEE).value()).isNull();
    // both roles shown with the mentors shown too would give the mentees' change away: the mentors go
    assertThat(talking.paired().role(MENTOR).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
    PairedChange everyone = talking.paired().allRoles().value();
    assertThat(everyone.people()).isEqualTo(15);
    assertThat(everyone.meanChange()).isCloseTo((12 * 1 + 3 * 4) / 15.0, within(1e-9));
    assertThat(talking.baseline().role(MENTEE).isHidden()).isTrue();
    assertThat(talking.finalSurvey().role(MENTOR).isHidden()).isTrue();
  }

  @Test
  void skippedQuestionsLeaveThatMeasureOnly() {
    for (int i = 0; i < 5; i++) {
      responses.add(new ScoredResponse("m" + i, MENTOR, BASELINE, Map.of("confidence_talking", 2, "confidence_asking", 2)));
      responses.add(new ScoredResponse("m" + i, MENTOR, FINAL,
          i == 0 ? Map.of("confidence_talking", 3) : Map.of("confidence_talking", 3, "confidence_asking", 4)));
    }

    BeforeAfter result = BeforeAfterAnalysis.analyse(responses, List.of(TALKING, ASKING), 5);

    assertThat(result.measures().get(0).paired().role(MENTOR).value().people()).isEqualTo(5);
    assertThat(result.measures().get(1).paired().role(MENTOR).isHidden()).isTrue();
    assertThat(result.measures().get(1).baseline().role(MENTOR).isHidden())
        .as("the baseline of the same four people, not all five who answered it").isTrue();
  }

  @Test
  void aSecondAnswerToTheSameSurveyIsRefused() {
    responses.add(response("m1", MENTOR, FINAL, 3));
    responses.add(response("m1", MENTOR, FINAL, 4));

    assertThatThrownBy(() -> BeforeAfterAnalysis.analyse(responses, List.of(TALKING), 5))
        .hasMessageContaining("answered the FINAL survey twice");
  }

  private void answer(String respondent, ParticipantRole role, int before, int after) {
    responses.add(response(respondent, role, BASELINE, before));
    responses.add(response(respondent, role, FINAL, after));
  }

  private static ScoredResponse response(String respondent, ParticipantRole role, org.flipside.model.SurveyKind kind,
      int talking) {
    return new ScoredResponse(respondent, role, kind, Map.of(TALKING.key(), talking));
  }
}
