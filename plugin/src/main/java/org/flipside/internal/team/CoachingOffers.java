package org.flipside.internal.team;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Programme;
import org.flipside.spi.FlipsideRoles;

/**
 * Keeps each of a programme's open coaching requests offered to its coaches as they are now: a coach appointed later
 * is offered it too, one withdrawn or gone no longer is, and a request one of them held goes back to the others. With
 * no coach left, the programme's manager holds it (the HR admins while that post is vacant), so no request waits for
 * nobody; a coach appointed again takes it back.
 */
final class CoachingOffers {

  private final TaskService tasks;

  CoachingOffers(TaskService tasks) {
    this.tasks = tasks;
  }

  void refresh(Programme programme, List<String> coaches) {
    for (Task task : open(programme)) {
      List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
      Set<String> offered = links.stream().map(IdentityLink::getUserId).filter(id -> id != null)
          .collect(Collectors.toSet());
      offered.stream().filter(id -> !coaches.contains(id)).forEach(id -> tasks.deleteCandidateUser(task.getId(), id));
      coaches.stream().filter(id -> !offered.contains(id)).forEach(id -> tasks.addCandidateUser(task.getId(), id));
      tasks.setVariable(task.getId(), Vars.COACH_IDS.name(), Variables.stored(Vars.COACH_IDS, coaches));
      boolean toHrAdmins = links.stream().anyMatch(link -> FlipsideRoles.HR_ADMIN.equals(link.getGroupId()));
      if (coaches.isEmpty()) {
        if (programme.getProgrammeManagerId() != null) {
          tasks.setAssignee(task.getId(), programme.getProgrammeManagerId());
        } else if (!toHrAdmins) {
          tasks.addCandidateGroup(task.getId(), FlipsideRoles.HR_ADMIN);
        }
        continue;
      }
      if (task.getAssignee() != null && !coaches.contains(task.getAssignee())) {
        tasks.setAssignee(task.getId(), null);
      }
      if (toHrAdmins) {
        tasks.deleteCandidateGroup(task.getId(), FlipsideRoles.HR_ADMIN);
      }
    }
  }

  private List<Task> open(Programme programme) {
    return tasks.createTaskQuery().processDefinitionKey(Processes.PAIR_JOURNEY)
        .processVariableValueEquals(Vars.PROGRAMME_ID.name(), programme.getId())
        .initializeFormKeys().active().list().stream()
        .filter(task -> task.getCamundaFormRef() != null
            && Forms.COACHING_REQUEST.equals(task.getCamundaFormRef().getKey()))
        .toList();
  }
}
