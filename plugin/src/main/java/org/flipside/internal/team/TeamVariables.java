package org.flipside.internal.team;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Appointment;
import org.flipside.model.DeliveryRole;
import org.flipside.model.Programme;

/**
 * Keeps, on the programme's lifecycle, the ids of the holders of each post that has steps of its own, so that its
 * diagram can give each holder their step: the ids alone, employee or guest, never a name.
 */
public final class TeamVariables {

  /** The posts whose holders the diagrams give steps to, and the variable listing them. */
  private static final Map<DeliveryRole, Var<List<String>>> WITH_STEPS =
      Map.of(DeliveryRole.STAFF_NETWORK_REPRESENTATIVE, Vars.STAFF_NETWORK_REPRESENTATIVE_IDS);

  private final Repositories data;
  private final RuntimeService runtime;

  public TeamVariables(Repositories data, RuntimeService runtime) {
    this.data = data;
    this.runtime = runtime;
  }

  /** Adds every post's holder list, empty before anyone is appointed: what a new programme's lifecycle starts with. */
  public static Variables.Values empty(Variables.Values values) {
    WITH_STEPS.values().forEach(variable -> values.with(variable, List.of()));
    return values;
  }

  /** Sets the post's holder list on the programme's lifecycle, when the post has steps and the lifecycle runs. */
  public void refresh(Programme programme, DeliveryRole role) {
    Var<List<String>> variable = WITH_STEPS.get(role);
    String lifecycle = programme.getLifecycleInstanceId();
    if (variable == null || lifecycle == null
        || runtime.createProcessInstanceQuery().processInstanceId(lifecycle).count() == 0) {
      return;
    }
    List<String> holders = data.appointments().findByProgrammeAndRole(programme.getId(), role).stream()
        .map(Appointment::getPersonId).toList();
    runtime.setVariable(lifecycle, variable.name(), Variables.stored(variable, holders));
  }
}
