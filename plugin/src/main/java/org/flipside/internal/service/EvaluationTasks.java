package org.flipside.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.model.Cohort;
import org.flipside.model.Participant;
import org.flipside.model.SurveyKind;
import org.flipside.model.evaluation.InvalidInputException;
import org.flipside.model.evaluation.ProgrammeGoals;
import org.flipside.model.evaluation.PseudonymHostKey;
import org.flipside.model.evaluation.Surveys;
import org.flipside.model.evaluation.Surveys.Comments;
import org.flipside.model.evaluation.ThemeDraft;
import org.flipside.model.evaluation.ThemePriority;
import org.flipside.model.evaluation.Themes;

/**
 * The evaluation's tasks whose answers Flipside stores itself: survey answers go to the pseudonymous survey store,
 * and each theme goes to the themes of the cohort.
 */
final class EvaluationTasks implements AnswerStore {

  private final Repositories data;
  private final SurveyForms surveys;
  private final TaskVariables variables;
  private final PseudonymHostKey pseudonymKey;
  private final Transactions transactions;
  private final Clock clock;

  EvaluationTasks(Repositories data, SurveyForms surveys, TaskVariables variables, PseudonymHostKey pseudonymKey,
      Transactions transactions, Clock clock) {
    this.data = data;
    this.surveys = surveys;
    this.variables = variables;
    this.pseudonymKey = pseudonymKey;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return surveys.isSurvey(form) || Forms.REVIEW_EVALUATION.equals(form.id());
  }

  /** For the themes, the comments and the goals to choose from; nothing for a survey. */
  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    if (!Forms.REVIEW_EVALUATION.equals(form.id())) {
      return Map.of();
    }
    Cohort cohort = cohort(task);
    Map<String, Object> shown = new HashMap<>();
    Comments comments = new Surveys(data.entityManager()).comments(cohort);
    List<String> shownComments = shownComments(comments, cohort);
    shown.put(Vars.FEEDBACK_COMMENTS.name(), commentsNote(cohort, comments.commenters(), shownComments));
    List<Map<String, String>> commentOptions = new ArrayList<>();
    for (int i = 0; i < shownComments.size(); i++) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", shownComments.get(i));
      option.put("value", Integer.toString(i + 1));
      commentOptions.add(option);
    }
    shown.put(Vars.COMMENT_OPTIONS.name(), commentOptions);
    List<Map<String, String>> goals = new ArrayList<>();
    for (String goal : ProgrammeGoals.of(cohort.getProgramme())) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", goal);
      option.put("value", goal);
      goals.add(option);
    }
    shown.put(Vars.GOAL_OPTIONS.name(), goals);
    return shown;
  }

  /**
   * A survey hands the engine nothing at all; a theme only the choice that steers the loop. A survey answer is
   * written in a transaction of its own that commits before the task's completion, so it never shares a transaction
   * id with it, and a step the completion runs (compiling the report after the last answer) reads it.
   */
  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    try {
      if (surveys.isSurvey(form)) {
        String cohortId = cohortId(task);
        Participant respondent = data.participants().findByCohortAndEmployee(cohortId, task.getAssignee())
            .orElseThrow(() -> new IllegalStateException(task.getAssignee() + " is not in cohort " + cohortId));
        SurveyKind kind = surveys.kindOf(form);
        Instant now = clock.instant();
        String participantId = respondent.getId();
        transactions.apart(() -> {
          Surveys store = new Surveys(data.entityManager(), pseudonymKey);
          // a completion that failed after its answer was stored is tried again: the answer stands
          store.recordUnlessAnswered(data.participants().find(participantId).orElseThrow(), kind, values, now);
        });
        return new HashMap<>();
      }
      new Themes(data.entityManager()).add(cohort(task), theme(values), clock.instant());
      Map<String, Object> steer = new HashMap<>();
      // the choice between another theme and finishing is the one value the engine receives
      steer.put(Vars.NEXT_STEP.name(), values.get(Vars.NEXT_STEP.name()));
      return steer;
    } catch (InvalidInputException e) {
      throw InputProblems.asValidation(e);
    }
  }

  /**
   * The comments as text only, without role, in alphabetical order; none at all until at least the programme's
   * anonymity threshold of people have commented, since a comment from one of a few could be recognised.
   */
  private static List<String> shownComments(Comments comments, Cohort cohort) {
    if (comments.commenters() < cohort.getProgramme().getAnonymityThreshold()) {
      return List.of();
    }
    return comments.texts().stream().map(comment -> comment.replace('\n', ' ')).toList();
  }

  /** What the form says above the comments: why there are none, or how to group them. */
  private static String commentsNote(Cohort cohort, int commenters, List<String> shown) {
    int threshold = cohort.getProgramme().getAnonymityThreshold();
    if (commenters == 0) {
      return "No one wrote a comment.";
    }
    if (shown.isEmpty()) {
      return "Fewer than " + threshold + " people wrote a comment, so none is shown: a comment from one of so few"
          + " could be recognised.";
    }
    return commenters + " people wrote the " + shown.size() + " comments below (text only, no role,"
        + " alphabetical): tick those this theme groups.";
  }

  /** The theme a submission describes; its mentions are the comments ticked, counted, never typed. */
  static ThemeDraft theme(Map<String, Object> values) {
    Object grouped = values.get(Vars.GROUPED_COMMENTS.name());
    return new ThemeDraft(text(values, Vars.TITLE), text(values, Vars.SUMMARY), text(values, Vars.GOAL),
        ThemePriority.valueOf(text(values, Vars.PRIORITY).toUpperCase(Locale.ROOT)),
        text(values, Vars.RECOMMENDATION), grouped instanceof List<?> ticked ? ticked.size() : 0);
  }

  private static String text(Map<String, Object> values, Var<String> field) {
    return (String) values.get(field.name());
  }

  private Cohort cohort(Task task) {
    String cohortId = cohortId(task);
    return data.cohorts().find(cohortId).orElseThrow(() -> new IllegalStateException("no cohort " + cohortId));
  }

  private String cohortId(Task task) {
    return variables.get(task.getId(), Vars.COHORT_ID);
  }
}
