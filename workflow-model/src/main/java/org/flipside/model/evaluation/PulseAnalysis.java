package org.flipside.model.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flipside.model.ParticipantRole;
import org.flipside.model.SurveyKind;
import org.flipside.model.SurveyResponse;

/**
 * A cohort's midpoint pulse in figures: per question and role, how many answered, the mean and how many gave each
 * score. The questions by roles are suppressed together like the survey means, so a group smaller than the
 * programme's anonymity threshold shows nothing, nor does what would give it away; nor does a group whose mean
 * would tell that nearly all of it gave the lowest or the highest score. A question's distributions are shown
 * only when no shown group gave one score all but fewer than the threshold: they add up across the groups, so
 * they are shown for all of them or for none.
 */
public final class PulseAnalysis {

  private static final int LOWEST = 1;
  private static final int HIGHEST = 5;

  private PulseAnalysis() {
  }

  /**
   * @param responses the cohort's survey responses; only pulse answers count
   * @param threshold the programme's anonymity threshold, at least 1
   * @return one outcome a question, in the order the pulse asks them
   */
  public static List<PulseOutcome> analyse(List<SurveyResponse> responses, int threshold) {
    List<PulseQuestion> questions = List.of(PulseQuestion.values());
    List<Map<ParticipantRole, List<Double>>> answers = new ArrayList<>();
    for (PulseQuestion question : questions) {
      Map<ParticipantRole, List<Double>> byRole = RoleFigures.emptyByRole();
      for (SurveyResponse response : responses) {
        Integer score = question.answerIn(response);
        if (response.getKind() == SurveyKind.PULSE && score != null) {
          byRole.get(response.getRespondentRole()).add((double) score);
        }
      }
      answers.add(byRole);
    }
    RoleFigures<Double> figures = new RoleFigures<>(questions.stream().map(PulseQuestion::key).toList(),
        answers, threshold, group -> GroupDisclosure.meanPinsAnEnd(group, LOWEST, HIGHEST, threshold));
    List<PulseOutcome> outcomes = new ArrayList<>();
    for (int row = 0; row < questions.size(); row++) {
      boolean distribution = !figures.anyShownGroup(row, group -> GroupDisclosure.dominated(group, threshold));
      outcomes.add(new PulseOutcome(questions.get(row), figures.row(row, group -> scores(group, distribution))));
    }
    return outcomes;
  }

  private static PulseScores scores(List<Double> answers, boolean withDistribution) {
    if (!withDistribution) {
      return new PulseScores(answers.size(), BeforeAfterAnalysis.mean(answers), List.of());
    }
    Integer[] counts = new Integer[HIGHEST - LOWEST + 1];
    Arrays.fill(counts, 0);
    answers.forEach(answer -> counts[answer.intValue() - LOWEST]++);
    return new PulseScores(answers.size(), BeforeAfterAnalysis.mean(answers), Arrays.asList(counts));
  }
}
