package org.flipside.internal.privacy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricDetailVariableInstanceUpdateEntity;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

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
  private final EntityManager sameConnection;

  /**
   * @param sameConnection an entity manager joined to the transaction the engine writes in, for what the engine
   *     offers no call to remove
   */
  public EngineHistory(HistoryService history, EntityManager sameConnection) {
    this.history = history;
    this.sameConnection = sameConnection;
  }

  /**
   * Removes the programme's finished process instances: its lifecycle, pair journeys and group learning (the
   * programme's id is their business key) and its concerns (each concern's id is its business key).
   *
   * @return how many instances were removed
   */
  public int removeProgramme(String programmeId, List<String> concernIds) {
    List<String> keys = new ArrayList<>(concernIds);
    if (programmeId != null) {
      keys.add(programmeId);
    }
    List<String> instanceIds = finishedInstances(keys);
    if (!instanceIds.isEmpty()) {
      history.deleteHistoricProcessInstancesIfExists(instanceIds);
    }
    return instanceIds.size();
  }

  /**
   * Removes the history of the concerns the person raised that have run their course, their finished tasks, and
   * every variable naming them in the finished instances of their programmes. A running instance keeps its runtime
   * state, which the erasure has already closed or handed on; its history forgets them where the engine will not
   * write again (assignees, earlier values of variables).
   *
   * @param programmeIds the programmes they took part in or ran
   * @param concernIds the concerns they raised
   * @return how many history entries were removed
   */
  public int removePerson(String employeeId, List<String> programmeIds, List<String> concernIds) {
    int removed = removeProgramme(null, concernIds);
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().taskAssignee(employeeId).finished()
        .list()) {
      history.deleteHistoricTaskInstance(task.getId());
      removed++;
    }
    List<String> instanceIds = finishedInstances(programmeIds);
    if (!instanceIds.isEmpty()) {
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(instanceIds.toArray(String[]::new)).disableBinaryFetching()
          .disableCustomObjectDeserialization().list()) {
        if (holds(variable.getTypedValue(), employeeId)) {
          history.deleteHistoricVariableInstance(variable.getId());
          removed++;
        }
      }
    }
    return removed + forgetInRunningHistory(employeeId) + forgetEarlierValues(employeeId, programmeIds);
  }

  /**
   * Takes out of running instances' history the earlier values of their variables that named the person (a list of
   * a post's holders they were on): earlier releases kept each earlier value as a detail that nothing reads or
   * updates again, so the detail and its bytes go. The engine writes no details any more.
   */
  private int forgetEarlierValues(String employeeId, List<String> businessKeys) {
    int removed = 0;
    for (String key : businessKeys) {
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(key).unfinished().list()) {
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.getId())
            .variableUpdates().disableCustomObjectDeserialization().list()) {
          if (detail instanceof HistoricDetailVariableInstanceUpdateEntity update
              && holds(update.getTypedValue(), employeeId)) {
            removed += sql("DELETE FROM ACT_HI_DETAIL WHERE ID_ = ?1", update.getId());
            if (update.getByteArrayValueId() != null) {
              sql("DELETE FROM ACT_GE_BYTEARRAY WHERE ID_ = ?1", update.getByteArrayValueId());
            }
          }
        }
      }
    }
    return removed;
  }

  /**
   * Takes the person's id out of the history of instances still running, for which the engine has no deleting
   * call: the assignee of their steps, the log of who a step was offered to, and the history of variables that held
   * their id. Only history is touched, never what steers a running instance; the rows keep their revision, so the
   * engine's own later updates of them still apply.
   */
  private int forgetInRunningHistory(String employeeId) {
    int changed = sql("UPDATE ACT_HI_ACTINST SET ASSIGNEE_ = NULL WHERE ASSIGNEE_ = ?1", employeeId);
    changed += sql("UPDATE ACT_HI_TASKINST SET ASSIGNEE_ = NULL WHERE ASSIGNEE_ = ?1", employeeId);
    changed += sql("UPDATE ACT_HI_TASKINST SET OWNER_ = NULL WHERE OWNER_ = ?1", employeeId);
    changed += sql("DELETE FROM ACT_HI_IDENTITYLINK WHERE USER_ID_ = ?1", employeeId);
    changed += sql("UPDATE ACT_HI_VARINST SET TEXT_ = NULL WHERE TEXT_ = ?1", employeeId);
    changed += sql("UPDATE ACT_HI_DETAIL SET TEXT_ = NULL WHERE TEXT_ = ?1", employeeId);
    return changed;
  }

  private int sql(String statement, String value) {
    return sameConnection.createNativeQuery(statement).setParameter(1, value).executeUpdate();
  }

  private List<String> finishedInstances(List<String> businessKeys) {
    List<String> instanceIds = new ArrayList<>();
    for (String key : businessKeys) {
      history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).finished().list().stream()
          .map(HistoricProcessInstance::getId).forEach(instanceIds::add);
    }
    return instanceIds;
  }

  /** Whether the value is the person's id, or a serialized value (a list of ids) that names it. */
  private static boolean holds(TypedValue value, String employeeId) {
    if (value instanceof SerializableValue serialized) {
      String text = serialized.getValueSerialized();
      return text != null && text.contains(employeeId);
    }
    return Objects.equals(employeeId, value == null ? null : value.getValue());
  }
}
