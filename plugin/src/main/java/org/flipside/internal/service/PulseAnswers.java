package org.flipside.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.model.Pairing;
import org.flipside.model.ParticipantRole;
import org.flipside.model.SurveyResponse;

/**
 * The midpoint pulse: each partner's answer is stored under a random token with their side of the pair and the
 * cohort, never their name or their pairing, and the engine receives nothing. The answers are read only as
 * aggregates.
 */
final class PulseAnswers implements AnswerStore {

  /** The pulse's user task in the pair's journey. */
  static final String PULSE_TASK = "AnswerPulseSurvey";

  private final Repositories data;
  private final TaskService tasks;
  private final Transactions transactions;
  private final Clock clock;

  PulseAnswers(Repositories data, TaskService tasks, Transactions transactions, Clock clock) {
    this.data = data;
    this.tasks = tasks;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.PULSE_SURVEY.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    return Map.of();
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    String pairingId = (String) tasks.getVariable(task.getId(), Vars.PAIRING_ID.name());
    Pairing pairing = data.pairings().find(pairingId)
        .orElseThrow(() -> new IllegalStateException("no pairing " + pairingId));
    String respondent = task.getAssignee();
    ParticipantRole role = pairing.roleOf(respondent).orElseThrow(
        () -> new IllegalStateException(respondent + " is not a partner in pairing " + pairingId));
    String cohortId = pairing.getCohort().getId();
    Instant now = clock.instant();
    // written apart from the completion, after it commits, as survey answers are (EvaluationTasks)
    transactions.afterCommit(() -> data.surveys().save(SurveyResponse.pulse(
        data.cohorts().find(cohortId).orElseThrow(),
        role,
        UUID.randomUUID().toString(),
        score(values, Vars.PAIRING_WORKING),
        score(values, Vars.SPEAK_OPENLY),
        score(values, Vars.CONFIDENCE_TALKING_PULSE),
        now)));
    return new HashMap<>();
  }

  /** A validated form's number, which arrives as a whole {@code Long}, or null when skipped. */
  private static Integer score(Map<String, Object> values, Var<Integer> question) {
    Object value = values.get(question.name());
    return value == null ? null : ((Number) value).intValue();
  }
}
