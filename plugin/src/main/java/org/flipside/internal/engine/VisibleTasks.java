package org.flipside.internal.engine;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * One task by its id, and whether an employee may see it: it is active, and assigned to them, or offered to them by
 * name or to a role (group) they hold, as the inbox's query has it ({@code active().or().taskAssignee(..)
 * .taskCandidateUser(..).includeAssignedTasks()}). The rule is checked on the task and its links as the engine command
 * under way loads them by key, where a task query would build and run the inbox's whole query for one task; completing
 * the task needs the same rows anyway. The roles are asked of the identity provider only when a role is offered the
 * task, as the engine's query asks it.
 */
public final class VisibleTasks {

  private final EngineCommands commands;

  public VisibleTasks(EngineCommands commands) {
    this.commands = commands;
  }

  /** The task with its form key, or {@code null} when no task has the id. */
  public Task find(String taskId) {
    return commands.execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task != null) {
        task.initializeFormKey();
      }
      return task;
    });
  }

  /** Whether the employee may see and complete the task, which {@link #find} returned. */
  public boolean visibleTo(Task task, String employeeId) {
    if (task.isSuspended()) {
      return false;
    }
    if (employeeId.equals(task.getAssignee())) {
      return true;
    }
    return commands.execute(context -> {
      List<IdentityLinkEntity> offers = ((TaskEntity) task).getIdentityLinks().stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
          .toList();
      if (offers.stream().anyMatch(link -> employeeId.equals(link.getUserId()))) {
        return true;
      }
      if (offers.stream().allMatch(link -> link.getGroupId() == null)) {
        return false;
      }
      Set<String> roles = context.getReadOnlyIdentityProvider().createGroupQuery().groupMember(employeeId).list()
          .stream().map(Group::getId).collect(Collectors.toSet());
      return offers.stream().anyMatch(link -> link.getGroupId() != null && roles.contains(link.getGroupId()));
    });
  }
}
