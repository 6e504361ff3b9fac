package org.flipside.internal.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.form.FormDefinition;
import org.flipside.model.Pairing;
import org.flipside.model.SurveyResponse;

/**
 * The midpoint pulse: each partner's answer is stored under a random token with their side of the pair and the
 * cohort, never their name or their pairing, and the engine receives nothing. The answers are read only as
 * aggregates.
 */
final class PulseAnswers implements AnswerStore {

  static final String PULSE_FORM = "flipside-pulse-survey";
  /** The pulse's user task in the pair's journey. */
  static final String PULSE_TASK = "AnswerPulseSurvey";
  private static final String PAIRING_ID = "pairingId";

  private final Repositories data;
  private final TaskService tasks;
  private final Clock clock;

  PulseAnswers(Repositories data, TaskService tasks, Clock clock) {
    this.data = data;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return PULSE_FORM.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    return Map.of();
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    String pairingId = (String) tasks.getVariable(task.getId(), PAIRING_ID);
    Pairing pairing = data.pairings().find(pairingId)
        .orElseThrow(() -> new IllegalStateException("no pairing " + pairingId));
    String respondent = task.getAssignee();
    data.surveys().save(SurveyResponse.pulse(
        pairing.getCohort(),
        pairing.roleOf(respondent).orElseThrow(
            () -> new IllegalStateException(respondent + " is not a partner in pairing " + pairingId)),
        UUID.randomUUID().toString(),
        score(values, "pairingWorking"),
        score(values, "speakOpenly"),
        score(values, "confidenceTalking"),
        clock.instant()));
    return new HashMap<>();
  }

  /** A validated form's number, which arrives as a whole {@code Long}, or null when skipped. */
  private static Integer score(Map<String, Object> values, String key) {
    Object value = values.get(key);
    return value == null ? null : ((Number) value).intValue();
  }
}
