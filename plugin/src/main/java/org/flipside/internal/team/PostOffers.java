package org.flipside.internal.team;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.DeliveryRole;
import org.flipside.model.Programme;
import org.flipside.spi.FlipsideRoles;

/**
 * Keeps the steps a post's holders are offered together (candidate users, the first to answer takes it) offered to
 * the holders of the day: a holder appointed later is offered each open step too, one withdrawn or gone no longer is,
 * and a step one of them held goes back to the others. With no holder left, the programme's manager holds it (the HR
 * admins while that post is vacant as well), so no step waits for nobody; a holder appointed again takes it back.
 * The HR admins a diagram itself offers a step to keep it throughout.
 */
final class PostOffers {

  /** Where a post's offered steps are: their process, their forms, and the variable listing the holders. */
  record OfferedSteps(String process, Set<String> forms, Var<List<String>> holders) {}

  /** The posts whose steps are offered to all their holders. */
  static final Map<DeliveryRole, OfferedSteps> OFFERED = Map.of(
      DeliveryRole.COACH, new OfferedSteps(Processes.PAIR_JOURNEY, Set.of(Forms.COACHING_REQUEST), Vars.COACH_IDS),
      DeliveryRole.LIAISON, new OfferedSteps(Processes.LIFECYCLE,
          Set.of(Forms.KICK_OFF_PLAN, Forms.WORKSHOP_ATTENDANCE), Vars.LIAISON_IDS));

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;

  PostOffers(RuntimeService runtime, TaskService tasks, RepositoryService repository) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.repository = repository;
  }

  /** Adds the empty holder list of each post whose steps are the lifecycle's: what a new lifecycle starts with. */
  static Variables.Values empty(Variables.Values values) {
    OFFERED.values().stream().filter(steps -> Processes.LIFECYCLE.equals(steps.process()))
        .forEach(steps -> values.with(steps.holders(), List.of()));
    return values;
  }

  void refresh(Programme programme, OfferedSteps steps, List<String> holders) {
    Object stored = Variables.stored(steps.holders(), holders);
    // the steps still to come read the holders from their process
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(steps.process())
        .processInstanceBusinessKey(programme.getId()).active().list()) {
      runtime.setVariable(instance.getId(), steps.holders().name(), stored);
    }
    for (Task task : open(programme, steps)) {
      tasks.setVariable(task.getId(), steps.holders().name(), stored);
      offer(task, holders, programme.getProgrammeManagerId());
    }
  }

  private void offer(Task task, List<String> holders, String manager) {
    List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
    Set<String> offered = links.stream().map(IdentityLink::getUserId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    offered.stream().filter(id -> !holders.contains(id)).forEach(id -> tasks.deleteCandidateUser(task.getId(), id));
    holders.stream().filter(id -> !offered.contains(id)).forEach(id -> tasks.addCandidateUser(task.getId(), id));
    boolean toHrAdmins = links.stream().anyMatch(link -> FlipsideRoles.HR_ADMIN.equals(link.getGroupId()));
    if (holders.isEmpty()) {
      if (!Objects.equals(task.getAssignee(), manager)) {
        tasks.setAssignee(task.getId(), manager);
      }
      if (manager == null && !toHrAdmins) {
        tasks.addCandidateGroup(task.getId(), FlipsideRoles.HR_ADMIN);
      }
      return;
    }
    if (task.getAssignee() != null && !holders.contains(task.getAssignee())) {
      tasks.setAssignee(task.getId(), null);
    }
    if (toHrAdmins && !offeredToHrAdminsByDiagram(task)) {
      tasks.deleteCandidateGroup(task.getId(), FlipsideRoles.HR_ADMIN);
    }
  }

  private boolean offeredToHrAdminsByDiagram(Task task) {
    UserTask definition = repository.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    return definition.getCamundaCandidateGroups() != null
        && definition.getCamundaCandidateGroupsList().contains(FlipsideRoles.HR_ADMIN);
  }

  private List<Task> open(Programme programme, OfferedSteps steps) {
    return tasks.createTaskQuery().processDefinitionKey(steps.process())
        .processVariableValueEquals(Vars.PROGRAMME_ID.name(), programme.getId())
        .initializeFormKeys().active().list().stream()
        .filter(task -> task.getCamundaFormRef() != null && steps.forms().contains(task.getCamundaFormRef().getKey()))
        .toList();
  }
}
