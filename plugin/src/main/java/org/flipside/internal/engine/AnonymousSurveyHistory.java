package org.flipside.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * Keeps the engine's history from saying who answered a survey, or when: Flipside stores the answers itself, and a
 * history that kept each survey task's assignee and end time could be joined to them by time or by order.
 *
 * <p>A survey is one respondent's own process instance (a process that starts with {@link Vars#RESPONDENT_ID}), or
 * a multi-instance over that variable: everything inside one of its instances belongs to one respondent. Of that,
 * the history keeps only that a task was created (the person's tasks are created together, when the survey opens),
 * without an assignee: no end, no later step, no identity link, no operation log entry, no job log entry (a
 * timer of theirs closing the survey), and no variable of the instance or loop (each instance's respondent and place in the list). A respondent's own process instance is kept
 * as started and ended, its end recorded at its start and without the event it ended at, so that the programme's
 * retention still finds it finished but it says neither when nor how the survey closed. Every other event goes to
 * the engine's own history handler unchanged.
 */
final class AnonymousSurveyHistory implements HistoryEventHandler {


  private final HistoryEventHandler history;
  private final Map<String, Boolean> anonymousActivities = new ConcurrentHashMap<>();

  AnonymousSurveyHistory(HistoryEventHandler history) {
    this.history = history;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (kept(event)) {
      history.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    history.handleEvents(events.stream().filter(this::kept).toList());
  }

  private boolean kept(HistoryEvent event) {
    if (event instanceof HistoricTaskInstanceEventEntity task) {
      if (!anonymous(task.getProcessDefinitionId(), task.getTaskDefinitionKey())) {
        return true;
      }
      task.setAssignee(null);
      return task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE);
    }
    if (event instanceof HistoricActivityInstanceEventEntity activity) {
      if (!anonymous(activity.getProcessDefinitionId(), activity.getActivityId())) {
        return true;
      }
      activity.setTaskAssignee(null);
      return activity.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START)
          && "userTask".equals(activity.getActivityType());
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return !Vars.RESPONDENT_ID.name().equals(variable.getVariableName())
          && !Processes.isRespondents(variable.getProcessDefinitionKey())
          && !inRespondentLoop(variable.getExecutionId());
    }
    if (event instanceof HistoricProcessInstanceEventEntity instance
        && Processes.isRespondents(instance.getProcessDefinitionKey())
        && instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
      instance.setEndActivityId(null);
      if (instance.getStartTime() != null) {
        instance.setEndTime(instance.getStartTime());
        instance.setDurationInMillis(0L);
      }
      return true;
    }
    if (event instanceof HistoricJobLogEvent job) {
      // a respondent's own timer (their survey closing) run, failed or cancelled says whether, or when, they answered
      return !anonymous(job.getProcessDefinitionId(), job.getActivityId());
    }
    if (event instanceof HistoricIdentityLinkLogEventEntity link) {
      return !anonymousTask(link.getTaskId());
    }
    if (event instanceof UserOperationLogEntryEventEntity entry) {
      return !anonymousTask(entry.getTaskId());
    }
    return true;
  }

  private boolean anonymousTask(String taskId) {
    if (taskId == null) {
      return false;
    }
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    return task != null && anonymous(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
  }

  /**
   * Whether the execution runs a respondent loop or one of its instances, whose variables (the respondent, their
   * place in the list) would say whose instance it is.
   */
  private boolean inRespondentLoop(String executionId) {
    if (executionId == null) {
      return false;
    }
    ExecutionEntity execution = Context.getCommandContext().getExecutionManager().findExecutionById(executionId);
    for (ExecutionEntity scope = execution; scope != null; scope = scope.getParent()) {
      if (respondentLoop(scope.getActivity())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the activity lies inside one respondent's instance of a survey, its own process or a loop's. */
  private boolean anonymous(String processDefinitionId, String activityId) {
    if (processDefinitionId == null || activityId == null) {
      return false;
    }
    return anonymousActivities.computeIfAbsent(processDefinitionId + '/' + activityId, key -> {
      var definition = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(processDefinitionId);
      if (Processes.isRespondents(definition.getKey())) {
        return true;
      }
      ScopeImpl scope = definition.findActivity(activityId);
      while (scope instanceof ActivityImpl activity) {
        ScopeImpl parent = activity.getFlowScope();
        if (respondentLoop(parent)) {
          return true;
        }
        scope = parent;
      }
      return false;
    });
  }

  /** Whether the scope is the body of a loop that gives each instance one respondent. */
  private static boolean respondentLoop(ScopeImpl scope) {
    return scope instanceof ActivityImpl body
        && body.getActivityBehavior() instanceof MultiInstanceActivityBehavior loop
        && Vars.RESPONDENT_ID.name().equals(loop.getCollectionElementVariable());
  }
}
