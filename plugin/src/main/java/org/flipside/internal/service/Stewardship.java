package org.flipside.internal.service;

import static org.flipside.spi.NotificationParameter.EMPLOYEE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.STEWARD;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.flipside.api.Steward;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.host.Directory;
import org.flipside.internal.host.Notifications;
import org.flipside.internal.notification.Message;
import org.flipside.model.Programme;
import org.flipside.spi.Employee;
import org.flipside.spi.FlipsideRoles;
import org.flipside.spi.NotificationTopic;

/**
 * Who holds a programme's manager and sponsor posts, kept the same in three places: the programme's row, the
 * variable each of the programme's processes assigns the post's later steps from, and the post's open steps.
 */
final class Stewardship {

  /** The process variable each post's steps are assigned from ({@code camunda:assignee="${...}"}). */
  private static final Map<Steward, String> VARIABLES =
      Map.of(Steward.PROGRAMME_MANAGER, Vars.PROGRAMME_MANAGER.name(), Steward.SPONSOR, Vars.SPONSOR_ID.name());

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final Directory directory;
  private final Notifications notifications;

  Stewardship(RuntimeService runtime, TaskService tasks, RepositoryService repository, Directory directory,
      Notifications notifications) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.repository = repository;
    this.directory = directory;
    this.notifications = notifications;
  }

  static String holder(Programme programme, Steward steward) {
    return steward == Steward.PROGRAMME_MANAGER ? programme.getProgrammeManagerId() : programme.getSponsorId();
  }

  /**
   * Gives the post to the employee, with its open steps: the previous holder's, or those waiting with the HR admins
   * while it was vacant.
   */
  void appoint(Programme programme, Steward steward, String employeeId) {
    String previous = holder(programme, steward);
    hand(programme, steward, previous, employeeId);
    notifications.send(employeeId, Message.of(NotificationTopic.APPOINTED)
        .with(PROGRAMME, programme.getId()).with(STEWARD, post(steward)));
  }

  /**
   * Leaves the post empty because its holder left: their open steps, and the post's later ones, wait with the HR
   * admins, who are asked to appoint someone.
   *
   * @return how many open steps moved to the HR admins
   */
  int vacate(Programme programme, Steward steward) {
    String leaver = holder(programme, steward);
    int moved = hand(programme, steward, leaver, null);
    for (Employee hrAdmin : directory.holdersOf(FlipsideRoles.HR_ADMIN)) {
      if (hrAdmin.id().equals(leaver)) {
        continue;
      }
      notifications.send(hrAdmin.id(), Message.of(NotificationTopic.POST_VACANT)
          .with(PROGRAMME, programme.getId()).with(STEWARD, post(steward)).with(EMPLOYEE, leaver));
    }
    return moved;
  }

  private int hand(Programme programme, Steward steward, String from, String to) {
    if (steward == Steward.PROGRAMME_MANAGER) {
      programme.setProgrammeManagerId(to);
    } else {
      programme.setSponsorId(to);
    }
    String variable = VARIABLES.get(steward);
    List<String> instanceIds = runtime.createProcessInstanceQuery().processInstanceBusinessKey(programme.getId())
        .list().stream().map(ProcessInstance::getId).toList();
    if (instanceIds.isEmpty()) {
      return 0;
    }
    // every scope holding a copy, including each pair's journey, which received it from the lifecycle
    for (VariableInstance copy : runtime.createVariableInstanceQuery().variableName(variable)
        .processInstanceIdIn(instanceIds.toArray(String[]::new)).list()) {
      if (copy.getTaskId() == null) {
        runtime.setVariableLocal(copy.getExecutionId(), variable, to);
      }
    }
    int moved = 0;
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(programme.getId()).list()) {
      UserTask definition = repository.getBpmnModelInstance(task.getProcessDefinitionId())
          .getModelElementById(task.getTaskDefinitionKey());
      if (readsPost(definition, variable) && Objects.equals(task.getAssignee(), from) && !offeredByName(task)) {
        tasks.setAssignee(task.getId(), to);
        offerToHrAdminsWhileVacant(task, definition, to == null);
        moved++;
      }
    }
    return moved;
  }

  /**
   * Whether the step's assignee is the post's holder: {@code ${programmeManager}}, or an expression giving it the
   * holder unless others are offered it, such as {@code ${empty liaisonIds ? programmeManager : null}}.
   */
  private static boolean readsPost(UserTask definition, String variable) {
    String assignee = definition.getCamundaAssignee();
    return assignee != null && Pattern.compile("\\$\\{.*\\b" + variable + "\\b.*}").matcher(assignee).matches();
  }

  /** A step offered to people by name (a post's holders) is theirs, not the manager's, while it is unassigned. */
  private boolean offeredByName(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null);
  }

  /**
   * A step the diagram offers to no HR admin (the sponsor's) goes to them while the post is vacant, and back to the
   * post alone once it is filled, so that no HR admin can take a sponsor's decision from a sponsor.
   */
  private void offerToHrAdminsWhileVacant(Task task, UserTask definition, boolean vacant) {
    if (definition.getCamundaCandidateGroups() != null
        && definition.getCamundaCandidateGroupsList().contains(FlipsideRoles.HR_ADMIN)) {
      return;
    }
    if (vacant) {
      tasks.addCandidateGroup(task.getId(), FlipsideRoles.HR_ADMIN);
    } else {
      tasks.deleteCandidateGroup(task.getId(), FlipsideRoles.HR_ADMIN);
    }
  }

  /** The post, as a notification's {@code steward} parameter names it. */
  private static String post(Steward steward) {
    return steward == Steward.PROGRAMME_MANAGER ? "manager" : "sponsor";
  }
}
