package org.flipside.internal.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * Removes what the engine's history keeps about a person or a programme.
 *
 * <p>Why deletion by instance rather than Camunda's history time-to-live and cleanup job: a time-to-live belongs to
 * a process definition, while retention here belongs to each programme (its HR admin sets it at scoping) and counts
 * from when the programme closed, not from when each instance ended; the cleanup job also runs only in its batch
 * window, after the sweep that erased Flipside's own rows. Deleting the programme's finished instances in the same
 * transaction as that sweep keeps the two in step. Deleting a historic process instance takes its activities,
 * tasks, variables with their details and byte arrays, identity links, job logs, incidents and decision instances
 * with it.
 */
public final class EngineHistory {

  private final HistoryService history;

  public EngineHistory(HistoryService history) {
    this.history = history;
  }

  /**
   * Removes the programme's finished process instances: its lifecycle, pair journeys and group learning (the
   * programme's id is their business key) and its concerns (each concern's id is its business key).
   *
   * @return how many instances were removed
   */
  public int removeProgramme(String programmeId, List<String> concernIds) {
    List<String> keys = new ArrayList<>(concernIds);
    keys.add(programmeId);
    List<String> instanceIds = new ArrayList<>();
    for (String key : keys) {
      history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).finished().list().stream()
          .map(HistoricProcessInstance::getId).forEach(instanceIds::add);
    }
    if (!instanceIds.isEmpty()) {
      history.deleteHistoricProcessInstancesIfExists(instanceIds);
    }
    return instanceIds.size();
  }

  /**
   * Removes the person's finished tasks and every variable that holds their id, in the instances of these business
   * keys (their programmes and concerns). Running instances keep their runtime state, which the erasure has already
   * closed or handed on.
   *
   * @return how many history entries were removed
   */
  public int removePerson(String employeeId, List<String> businessKeys) {
    int removed = 0;
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().taskAssignee(employeeId).finished()
        .list()) {
      history.deleteHistoricTaskInstance(task.getId());
      removed++;
    }
    List<String> instanceIds = new ArrayList<>();
    for (String key : businessKeys) {
      history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
          .map(HistoricProcessInstance::getId).forEach(instanceIds::add);
    }
    if (instanceIds.isEmpty()) {
      return removed;
    }
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instanceIds.toArray(String[]::new)).disableBinaryFetching().disableCustomObjectDeserialization().list()) {
      if (Objects.equals(employeeId, variable.getValue())) {
        history.deleteHistoricVariableInstance(variable.getId());
        removed++;
      }
    }
    return removed;
  }
}
