package org.flipside.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.model.testing.Fixtures.T0;
import static org.flipside.model.testing.Fixtures.cohort;
import static org.flipside.model.testing.Fixtures.programme;

import java.util.ArrayList;
import java.util.List;
import org.flipside.model.Cohort;
import org.flipside.model.ParticipantRole;
import org.flipside.model.SurveyKind;
import org.flipside.model.SurveyResponse;
import org.junit.jupiter.api.Test;

class PulseAnalysisTest {

  private final Cohort cohort = cohort(programme("Pilot", T0), 1);

  @Test
  void eachQuestionHasItsCountMeanAndDistributionPerRoleAndForEveryone() {
    List<SurveyResponse> responses = new ArrayList<>();
    responses.add(pulse(ParticipantRole.MENTOR, 5, 4, null));
    responses.add(pulse(ParticipantRole.MENTOR, 3, 4, 2));
    responses.add(pulse(ParticipantRole.MENTEE, 1, 2, 2));
    responses.add(new SurveyResponse(cohort, ParticipantRole.MENTEE, SurveyKind.BASELINE, "baseline", 1, 1, 1, 1,
        null));

    List<PulseOutcome> outcomes = PulseAnalysis.analyse(responses, 1);

    assertThat(outcomes).extracting(PulseOutcome::question).containsExactly(PulseQuestion.values());
    GroupFigures<PulseScores> working = outcomes.get(0).scores();
    assertThat(working.role(ParticipantRole.MENTOR).value()).isEqualTo(new PulseScores(2, 4.0, List.of(0, 0, 1, 0, 1)));
    assertThat(working.role(ParticipantRole.MENTEE).value()).isEqualTo(new PulseScores(1, 1.0, List.of(1, 0, 0, 0, 0)));
    assertThat(working.allRoles().value()).isEqualTo(new PulseScores(3, 3.0, List.of(1, 0, 1, 0, 1)));
    GroupFigures<PulseScores> confidence = outcomes.get(2).scores();
    assertThat(confidence.allRoles().value()).as("a skipped answer and the baseline survey do not count")
        .isEqualTo(new PulseScores(2, 2.0, List.of(0, 2, 0, 0, 0)));
  }

  @Test
  void aSmallGroupIsHiddenWithTheRoleThatWouldGiveItAway() {
    List<SurveyResponse> responses = new ArrayList<>();
    for (int score : new int[] {4, 3, 5, 4, 3}) {
      responses.add(pulse(ParticipantRole.MENTOR, score, score, score));
    }
    responses.add(pulse(ParticipantRole.MENTEE, 1, 1, 1));
    responses.add(pulse(ParticipantRole.MENTEE, 2, 2, 2));

    GroupFigures<PulseScores> working = PulseAnalysis.analyse(responses, 3).get(0).scores();

    assertThat(working.role(ParticipantRole.MENTEE).suppression()).isEqualTo(Suppression.PRIMARY);
    assertThat(working.role(ParticipantRole.MENTOR).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
    assertThat(working.allRoles().value()).isEqualTo(new PulseScores(7, 22 / 7.0, List.of(1, 1, 2, 2, 1)));
  }

  @Test
  void sixMenteesWhoAllGaveTheTopScoreShowNothingThatSaysSo() {
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      responses.add(pulse(ParticipantRole.MENTEE, 5, 5, 5));
      responses.add(pulse(ParticipantRole.MENTOR, 1 + i % 5, 2 + i % 4, 1 + i % 3));
    }

    GroupFigures<PulseScores> working = PulseAnalysis.analyse(responses, 5).get(0).scores();

    assertThat(working.role(ParticipantRole.MENTEE).suppression()).as("a mean of 5.00 says it")
        .isEqualTo(Suppression.PRIMARY);
    assertThat(working.allRoles().isHidden() || working.role(ParticipantRole.MENTOR).isHidden())
        .as("or everyone minus the mentors says it").isTrue();
  }

  @Test
  void aQuestionWhereOneShownGroupNearlyAllGaveOneScoreShowsNoDistribution() {
    List<SurveyResponse> responses = new ArrayList<>();
    for (int score : new int[] {3, 3, 3, 3, 3, 3, 4, 2, 3, 3}) {
      responses.add(pulse(ParticipantRole.MENTOR, score, score, score));
    }
    for (int score : new int[] {1, 2, 3, 4, 5, 2, 4, 1, 5, 3}) {
      responses.add(pulse(ParticipantRole.MENTEE, score, score, score));
    }

    GroupFigures<PulseScores> working = PulseAnalysis.analyse(responses, 5).get(0).scores();

    assertThat(working.role(ParticipantRole.MENTOR).value()).as("eight of ten mentors gave 3")
        .isEqualTo(new PulseScores(10, 3.0, List.of()));
    assertThat(working.role(ParticipantRole.MENTEE).value().hasDistribution())
        .as("or everyone's minus the mentees' would give the mentors'").isFalse();
    assertThat(working.allRoles().value().hasDistribution()).isFalse();
  }

  @Test
  void aQuestionNobodyAnsweredShowsNothing() {
    GroupFigures<PulseScores> working = PulseAnalysis.analyse(List.of(), 1).get(0).scores();

    assertThat(working.allRoles().isHidden()).isTrue();
    assertThat(working.role(ParticipantRole.MENTOR).isHidden()).isTrue();
  }

  private SurveyResponse pulse(ParticipantRole role, Integer working, Integer openly, Integer confidence) {
    return SurveyResponse.pulse(cohort, role, "token-" + System.nanoTime(), working, openly, confidence);
  }
}
