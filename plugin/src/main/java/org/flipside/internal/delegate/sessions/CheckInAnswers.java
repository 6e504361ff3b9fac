package org.flipside.internal.delegate.sessions;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.model.Pairing;

/**
 * The programme manager's check-in on a pair that fell below the programme's minimum frequency: the form names the
 * pair and says how many of its periods they missed, against their own rhythm and the programme's minimum, read from
 * Flipside's tables as it is shown; the manager's answer steers the journey.
 */
public final class CheckInAnswers implements AnswerStore {

  private final DelegateContext context;
  private final TaskVariables variables;

  public CheckInAnswers(DelegateContext context, TaskVariables variables) {
    this.context = context;
    this.variables = variables;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.PAIR_CHECK_IN.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    Map<String, Object> journey = variables.of(task.getId(),
        List.of(Vars.PAIRING_ID.name(), Vars.PERIOD_NUMBER.name(), Vars.PLANNED_PERIODS.name(),
            Vars.SESSION_CADENCE.name())).orElse(Map.of());
    Pairing pairing = context.pairing((String) journey.get(Vars.PAIRING_ID.name()));
    int missed = MissedRun.of(context.data().sessions().findByPairing(pairing.getId()));
    return Map.of(Vars.CHECK_IN_SUMMARY.name(), context.directory().nameOf(pairing.getMentor().getEmployeeId())
        + " and " + context.directory().nameOf(pairing.getMentee().getEmployeeId()) + " have logged no session for "
        + missed + " periods in a row (up to period " + journey.get(Vars.PERIOD_NUMBER.name()) + " of "
        + journey.get(Vars.PLANNED_PERIODS.name()) + "): they agreed to meet every "
        + journey.get(Vars.SESSION_CADENCE.name()) + ", and the programme asks for at least every "
        + pairing.getCohort().getProgramme().getSessionCadence() + ".");
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    return SteeringAnswers.except(values);
  }
}
