package org.flipside.internal.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.flipside.api.NewSurveyQuestion;
import org.flipside.api.SurveyQuestion;
import org.flipside.api.SurveyQuestionKind;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.Repositories;
import org.flipside.model.Cohort;
import org.flipside.model.CohortStatus;
import org.flipside.model.Programme;
import org.flipside.model.evaluation.InvalidInputException;
import org.flipside.model.evaluation.QuestionKind;
import org.flipside.model.evaluation.Surveys;
import org.flipside.model.evaluation.TemplateQuestion;

/**
 * Reads and extends a programme's survey template. Every survey of a programme asks the same questions, so that
 * baseline and final answers compare: the template is fixed once a cohort's baseline survey has opened, which
 * happens when its matches are published.
 */
final class SurveyTemplateEditor {

  /** The cohort statuses from the publication of matches on, when the baseline survey has opened. */
  private static final EnumSet<CohortStatus> BASELINE_OPENED =
      EnumSet.of(CohortStatus.RUNNING, CohortStatus.EVALUATING, CohortStatus.COMPLETED);

  private final Repositories data;

  SurveyTemplateEditor(Repositories data) {
    this.data = data;
  }

  List<SurveyQuestion> questions(Programme programme) {
    return new Surveys(data.entityManager()).template(programme).questions().stream()
        .map(SurveyTemplateEditor::view)
        .toList();
  }

  /**
   * Adds the question.
   *
   * @throws ValidationException naming each bad field, or {@code survey} once a baseline survey opened
   */
  SurveyQuestion add(Programme programme, NewSurveyQuestion question, Instant now) {
    if (question == null) {
      throw ValidationException.of("question", "is required");
    }
    for (Cohort cohort : data.cohorts().findByProgramme(programme.getId())) {
      if (BASELINE_OPENED.contains(cohort.getStatus())) {
        throw ValidationException.of("survey", "can no longer change: the baseline survey of cohort "
            + cohort.getNumber() + " has opened, and every survey of a programme asks the same questions");
      }
    }
    QuestionKind kind = question.kind() == null ? null : QuestionKind.valueOf(question.kind().name());
    try {
      String key = new Surveys(data.entityManager()).addQuestion(programme, question.key(), question.text(), kind, now)
          .getKey();
      return questions(programme).stream().filter(added -> added.key().equals(key)).findFirst().orElseThrow();
    } catch (InvalidInputException e) {
      throw InputProblems.asValidation(e);
    }
  }

  private static SurveyQuestion view(TemplateQuestion question) {
    return new SurveyQuestion(question.key(), question.text(), SurveyQuestionKind.valueOf(question.kind().name()),
        question.standard());
  }
}
