package org.flipside.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * The evaluation's tasks whose answers Flipside stores itself: survey answers go to the pseudonymous survey store,
 * and each theme goes to the themes of the cohort.
 */
final class EvaluationTasks implements AnswerStore {

  static final String THEMES_FORM = "flipside-review-evaluation";
  /** The data the themes form shows that the engine does not hold. */
  static final String COMMENTS = "feedbackComments";
  static final String GOAL_OPTIONS = "goalOptions";
  /** The themes form's choice between another theme and finishing, the one value the engine receives. */
  static final String NEXT_STEP = "nextStep";
  private static final String COHORT_ID = "cohortId";

  private final Repositories data;
  private final SurveyForms surveys;
  private final TaskService tasks;
  private final Clock clock;

  EvaluationTasks(Repositories data, SurveyForms surveys, TaskService tasks, Clock clock) {
    this.data = data;
    this.surveys = surveys;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return surveys.isSurvey(form) || THEMES_FORM.equals(form.id());
  }

  /** For the themes, the comments and the goals to choose from; nothing for a survey. */
  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    if (!THEMES_FORM.equals(form.id())) {
      return Map.of();
    }
    Cohort cohort = cohort(task);
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

  /** A survey hands the engine nothing at all; a theme only the choice that steers the loop. */
  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    try {
      if (surveys.isSurvey(form)) {
        String cohortId = cohortId(task);
        Participant respondent = data.participants().findByCohortAndEmployee(cohortId, task.getAssignee())
            .orElseThrow(() -> new IllegalStateException(task.getAssignee() + " is not in cohort " + cohortId));
        new Surveys(data.entityManager()).record(respondent, surveys.kindOf(form), values, clock.instant());
        return new HashMap<>();
      }
      new Themes(data.entityManager()).add(cohort(task), theme(values), clock.instant());
      Map<String, Object> steer = new HashMap<>();
      steer.put(NEXT_STEP, values.get(NEXT_STEP));
      return steer;
    } catch (InvalidInputException e) {
      throw InputProblems.asValidation(e);
    }
  }

  private static ThemeDraft theme(Map<String, Object> values) {
    Object mentions = values.get("mentions");
    return new ThemeDraft((String) values.get("title"), (String) values.get("summary"), (String) values.get("goal"),
        ThemePriority.valueOf(((String) values.get("priority")).toUpperCase(Locale.ROOT)),
        (String) values.get("recommendation"), mentions == null ? 0 : ((Number) mentions).intValue());
  }

  private Cohort cohort(Task task) {
    String cohortId = cohortId(task);
    return data.cohorts().find(cohortId).orElseThrow(() -> new IllegalStateException("no cohort " + cohortId));
  }

  private String cohortId(Task task) {
    return (String) tasks.getVariable(task.getId(), COHORT_ID);
  }
}
