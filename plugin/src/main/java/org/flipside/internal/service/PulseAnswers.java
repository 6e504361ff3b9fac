package org.flipside.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.flipside.model.Pairing;
import org.flipside.model.ParticipantRole;
import org.flipside.model.evaluation.PseudonymHostKey;
import org.flipside.model.evaluation.PulseQuestion;
import org.flipside.model.evaluation.Surveys;

/**
 * The midpoint pulse: each partner's answer is stored under a random token with their side of the pair and the
 * cohort, never their name, their pairing or a time, and the engine receives nothing. It waits sealed and is written
 * among others, like a survey answer. The answers are read only as aggregates.
 */
final class PulseAnswers implements AnswerStore {

  /** The pulse's user task in the pair's journey. */
  static final String PULSE_TASK = "AnswerPulseSurvey";

  private final Repositories data;
  private final TaskVariables variables;
  private final PseudonymHostKey pseudonymKey;
  private final Transactions transactions;
  private final Clock clock;

  PulseAnswers(Repositories data, TaskVariables variables, PseudonymHostKey pseudonymKey, Transactions transactions,
      Clock clock) {
    this.data = data;
    this.variables = variables;
    this.pseudonymKey = pseudonymKey;
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
    String pairingId = variables.get(task.getId(), Vars.PAIRING_ID);
    Pairing pairing = data.pairings().find(pairingId)
        .orElseThrow(() -> new IllegalStateException("no pairing " + pairingId));
    String respondent = task.getAssignee();
    ParticipantRole role = pairing.roleOf(respondent).orElseThrow(
        () -> new IllegalStateException(respondent + " is not a partner in pairing " + pairingId));
    String cohortId = pairing.getCohort().getId();
    Instant now = clock.instant();
    Map<PulseQuestion, Integer> scores = new EnumMap<>(PulseQuestion.class);
    scores.put(PulseQuestion.PAIRING_WORKING, score(values, Vars.PAIRING_WORKING));
    scores.put(PulseQuestion.SPEAK_OPENLY, score(values, Vars.SPEAK_OPENLY));
    scores.put(PulseQuestion.CONFIDENCE_TALKING, score(values, Vars.CONFIDENCE_TALKING_PULSE));
    // written apart from the completion, after it commits, to wait among the others (AnswerMixer)
    transactions.afterCommit(() -> new Surveys(data.entityManager(), pseudonymKey)
        .recordPulse(data.cohorts().find(cohortId).orElseThrow(), role, scores, now));
    return new HashMap<>();
  }

  /** A validated form's number, which arrives as a whole {@code Long}, or null when skipped. */
  private static Integer score(Map<String, Object> values, Var<Integer> question) {
    Object value = values.get(question.name());
    return value == null ? null : ((Number) value).intValue();
  }
}
