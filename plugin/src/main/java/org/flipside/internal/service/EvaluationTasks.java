package org.flipside.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.form.FormDefinition;
import org.flipside.model.Cohort;
import org.flipside.model.Participant;
import org.flipside.model.evaluation.InvalidInputException;
import org.flipside.model.evaluation.ProgrammeGoals;
import org.flipside.model.evaluation.Surveys;
import org.flipside.model.evaluation.ThemeDraft;
import org.flipside.model.evaluation.ThemePriority;
import org.flipside.model.evaluation.Themes;

/**
 * The evaluation's tasks whose answers Flipside stores itself, in the host's transaction, instead of handing them
 * to the engine: survey answers go to the pseudonymous survey store (as engine variables they would sit in the
 * engine's history next to the task's assignee), and each theme goes to the themes of the cohort. The engine
 * receives only what steers the process.
 */
final class EvaluationTasks {

  static final String THEMES_FORM = "flipside-review-evaluation";
  /** The data the themes form shows that the engine does not hold. */
  static final String COMMENTS = "feedbackComments";
  static final String GOAL_OPTIONS = "goalOptions";
  /** The themes form's choice between another theme and finishing, the one value the engine receives. */
  static final String NEXT_STEP = "nextStep";

  private final Repositories data;
  private final SurveyForms surveys;
  private final Clock clock;

  EvaluationTasks(Repositories data, SurveyForms surveys, Clock clock) {
    this.data = data;
    this.surveys = surveys;
    this.clock = clock;
  }

  /** Whether Flipside stores the form's answers itself. */
  boolean stores(FormDefinition form) {
    return surveys.isSurvey(form) || THEMES_FORM.equals(form.id());
  }

  /** What the form shows besides the task's variables: for the themes, the comments and the goals to choose from. */
  Map<String, Object> dataOf(FormDefinition form, String cohortId) {
    if (!THEMES_FORM.equals(form.id())) {
      return Map.of();
    }
    Cohort cohort = cohort(cohortId);
    List<String> comments = new Surveys(data.entityManager()).freeText(cohort);
    Map<String, Object> shown = new HashMap<>();
    shown.put(COMMENTS, comments.isEmpty() ? "No one wrote a comment."
        : comments.stream().map(comment -> "- " + comment.replace('\n', ' ')).collect(Collectors.joining("\n")));
    List<Map<String, String>> goals = new ArrayList<>();
    for (String goal : ProgrammeGoals.of(cohort.getProgramme())) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", goal);
      option.put("value", goal);
      goals.add(option);
    }
    shown.put(GOAL_OPTIONS, goals);
    return shown;
  }

  /**
   * Stores a validated submission of a form Flipside stores itself.
   *
   * @return the variables the engine receives when the task completes
   * @throws ValidationException naming each field the store refused; nothing is stored then
   */
  Map<String, Object> store(FormDefinition form, Task task, String cohortId, Map<String, Object> values) {
    try {
      if (surveys.isSurvey(form)) {
        Participant respondent = data.participants().findByCohortAndEmployee(cohortId, task.getAssignee())
            .orElseThrow(() -> new IllegalStateException(task.getAssignee() + " is not in cohort " + cohortId));
        new Surveys(data.entityManager()).record(respondent, surveys.kindOf(form), values, clock.instant());
        return new HashMap<>();
      }
      new Themes(data.entityManager()).add(cohort(cohortId), theme(values), clock.instant());
      Map<String, Object> steer = new HashMap<>();
      steer.put(NEXT_STEP, values.get(NEXT_STEP));
      return steer;
    } catch (InvalidInputException e) {
      throw new ValidationException(e.problems().stream()
          .map(problem -> new FieldError(problem.field(), problem.problem())).toList());
    }
  }

  private static ThemeDraft theme(Map<String, Object> values) {
    Object mentions = values.get("mentions");
    return new ThemeDraft((String) values.get("title"), (String) values.get("summary"), (String) values.get("goal"),
        ThemePriority.valueOf(((String) values.get("priority")).toUpperCase(Locale.ROOT)),
        (String) values.get("recommendation"), mentions == null ? 0 : ((Number) mentions).intValue());
  }

  private Cohort cohort(String cohortId) {
    return data.cohorts().find(cohortId).orElseThrow(() -> new IllegalStateException("no cohort " + cohortId));
  }
}
