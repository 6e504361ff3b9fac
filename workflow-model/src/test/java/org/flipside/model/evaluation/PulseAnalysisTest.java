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
        null, T0));

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
    for (int i = 0; i < 5; i++) {
      responses.add(pulse(ParticipantRole.MENTOR, 4, 4, 4));
    }
    responses.add(pulse(ParticipantRole.MENTEE, 1, 1, 1));
    responses.add(pulse(ParticipantRole.MENTEE, 2, 2, 2));

    GroupFigures<PulseScores> working = PulseAnalysis.analyse(responses, 3).get(0).scores();

    assertThat(working.role(ParticipantRole.MENTEE).suppression()).isEqualTo(Suppression.PRIMARY);
    assertThat(working.role(ParticipantRole.MENTOR).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
    assertThat(working.allRoles().value()).isEqualTo(new PulseScores(7, 23 / 7.0, List.of(1, 1, 0, 5, 0)));
  }

  @Test
  void aQuestionNobodyAnsweredShowsNothing() {
    GroupFigures<PulseScores> working = PulseAnalysis.analyse(List.of(), 1).get(0).scores();

    assertThat(working.allRoles().isHidden()).isTrue();
    assertThat(working.role(ParticipantRole.MENTOR).isHidden()).isTrue();
  }

  private SurveyResponse pulse(ParticipantRole role, Integer working, Integer openly, Integer confidence) {
    return SurveyResponse.pulse(cohort, role, "token-" + System.nanoTime(), working, openly, confidence, T0);
  }
}
