package org.flipside.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.flipside.api.HostEventOutcome;
import org.flipside.api.HostEvents;
import org.flipside.api.Steward;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Messages;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.delegate.support.ClosePairingForHostEvent;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.internal.team.TeamVariables;
import org.flipside.model.Appointment;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Pairing;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantStatus;
import org.flipside.model.Programme;
import org.flipside.spi.FlipsideRoles;

/**
 * Applies a leaver or a role change the host reported. Each step acts only on what is still live (an active place,
 * a live pairing, an open task), so a second report of the same event finds nothing left to change.
 */
final class HostEventsService implements HostEvents {

  private final Repositories data;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Directory directory;
  private final Stewardship stewardship;
  private final TeamVariables team;
  private final Transactions transactions;

  HostEventsService(Repositories data, RuntimeService runtime, TaskService tasks, Directory directory,
      Stewardship stewardship, TeamVariables team, Transactions transactions) {
    this.data = data;
    this.runtime = runtime;
    this.tasks = tasks;
    this.directory = directory;
    this.stewardship = stewardship;
    this.team = team;
    this.transactions = transactions;
  }

  @Override
  public HostEventOutcome employeeLeft(String employeeId) {
    return report(employeeId, ClosePairingForHostEvent.LEFT);
  }

  @Override
  public HostEventOutcome employeeChangedRole(String employeeId) {
    return report(employeeId, ClosePairingForHostEvent.CHANGED_ROLE);
  }

  private HostEventOutcome report(String employeeId, String event) {
    if (employeeId == null || employeeId.isBlank()) {
      throw ValidationException.of("employeeId", "is required");
    }
    return transactions.inTransaction(() -> {
      List<Participant> places = data.participants().findByEmployee(employeeId);
      List<Programme> stewarded = data.programmes().findAll().stream()
          .filter(programme -> !programme.hasEnded())
          .filter(programme -> employeeId.equals(programme.getProgrammeManagerId())
              || employeeId.equals(programme.getSponsorId()))
          .toList();
      List<Appointment> posts = data.appointments().findByPerson(employeeId).stream()
          .filter(appointment -> !appointment.getProgramme().hasEnded()).toList();
      if (places.isEmpty() && stewarded.isEmpty() && posts.isEmpty() && !directory.knows(employeeId)
          && !data.applications().existsForEmployee(employeeId) && data.guests().find(employeeId).isEmpty()) {
        throw ValidationException.of("employeeId",
            "no employee with id '" + employeeId + "' in the host's directory or in any Flipside programme");
      }
      boolean left = ClosePairingForHostEvent.LEFT.equals(event);
      int reassigned = 0;
      List<String> vacated = new ArrayList<>();
      // a manager's or sponsor's post empties first: the pairings closing below report to whoever stands in, and
      // the leaver's remaining tasks are handed round after that
      if (left) {
        for (Programme programme : stewarded) {
          reassigned += vacatePosts(programme, employeeId);
          vacated.add(programme.getId());
        }
        leaveDeliveryTeams(posts);
      }
      // first out of every place, so no rematch below can pick them
      int placesEnded = endPlaces(places, left);
      List<String> closed = new ArrayList<>();
      for (Pairing pairing : data.pairings().findActiveByEmployee(employeeId)) {
        runtime.createMessageCorrelation(Messages.PARTNER_LEAVES)
            .processInstanceId(PairJourneys.of(runtime, pairing.getId()))
            .setVariable(Vars.LEAVER_ID.name(), employeeId)
            .setVariable(Vars.HOST_EVENT.name(), event)
            .correlate();
        closed.add(pairing.getId());
      }
      int ended = 0;
      for (Task task : openTasksOf(employeeId)) {
        // a participant's own steps end either way; anything else waits on a leaver only
        if (endsOnLeaving(task)) {
          runtime.messageEventReceived(Messages.ASSIGNEE_LEFT, task.getExecutionId());
          ended++;
        } else if (left) {
          reassign(task, employeeId);
          reassigned++;
        }
      }
      return new HostEventOutcome(employeeId, closed, placesEnded, ended, reassigned, vacated);
    });
  }

  /** A leaver holds no delivery post any more: the post's own open steps stop waiting for them. */
  private void leaveDeliveryTeams(List<Appointment> posts) {
    for (Appointment post : posts) {
      data.appointments().delete(post);
    }
    data.entityManager().flush();
    posts.stream().map(post -> Map.entry(post.getProgramme(), post.getRole())).distinct()
        .forEach(post -> team.refresh(post.getKey(), post.getValue()));
  }

  private int vacatePosts(Programme programme, String leaverId) {
    int moved = 0;
    for (Steward steward : Steward.values()) {
      if (leaverId.equals(Stewardship.holder(programme, steward))) {
        moved += stewardship.vacate(programme, steward);
      }
    }
    return moved;
  }

  private static int endPlaces(List<Participant> places, boolean left) {
    int ended = 0;
    for (Participant place : places) {
      if (place.getStatus() != ParticipantStatus.ACTIVE) {
        continue;
      }
      place.setStatus(ParticipantStatus.WITHDRAWN);
      if (!left && place.getApplication() != null) {
        place.getApplication().setStatus(ApplicationStatus.WAITLISTED);
        place.getApplication().setStatusReason("changed role during the programme: to be matched again in a later cohort");
      }
      ended++;
    }
    return ended;
  }

  /** Tasks assigned to the employee or offered to them by name; a role's tasks they could merely see are not theirs. */
  private List<Task> openTasksOf(String employeeId) {
    List<Task> theirs = new ArrayList<>(tasks.createTaskQuery().taskAssignee(employeeId).list());
    for (Task task : tasks.createTaskQuery().taskCandidateUser(employeeId).list()) {
      if (!employeeId.equals(task.getAssignee()) && offeredByName(task, employeeId)) {
        theirs.add(task);
      }
    }
    return theirs;
  }

  private boolean offeredByName(Task task, String employeeId) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && employeeId.equals(link.getUserId()));
  }

  /** Whether the task's diagram ends it when its assignee goes (a boundary event waits for {@link Messages#ASSIGNEE_LEFT}). */
  private boolean endsOnLeaving(Task task) {
    return runtime.createEventSubscriptionQuery()
        .eventName(Messages.ASSIGNEE_LEFT).executionId(task.getExecutionId()).count() > 0;
  }

  /**
   * Hands a leaver's task back to the role it was offered to, failing that to the programme's manager, and failing
   * that (the post is vacant) to the HR admins.
   */
  private void reassign(Task task, String employeeId) {
    List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
    boolean offeredToRole = links.stream().anyMatch(link -> link.getGroupId() != null);
    if (employeeId.equals(task.getAssignee())) {
      String manager = offeredToRole ? null
          : (String) runtime.getVariable(task.getExecutionId(), Vars.PROGRAMME_MANAGER.name());
      tasks.setAssignee(task.getId(), manager);
      if (!offeredToRole && manager == null) {
        tasks.addCandidateGroup(task.getId(), FlipsideRoles.HR_ADMIN);
      }
    }
    if (links.stream().anyMatch(link -> employeeId.equals(link.getUserId()))) {
      tasks.deleteCandidateUser(task.getId(), employeeId);
    }
  }
}
