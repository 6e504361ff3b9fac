package org.flipside.internal.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flipside.api.Actor;
import org.flipside.api.EventAttendance;
import org.flipside.api.EventAudience;
import org.flipside.api.EventGuest;
import org.flipside.api.EventKind;
import org.flipside.api.EventPlan;
import org.flipside.api.FieldError;
import org.flipside.api.NotFoundException;
import org.flipside.api.PlannedEvent;
import org.flipside.api.ProgrammeEvents;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.workshops.EventInvitations;
import org.flipside.internal.delegate.workshops.EventInvitees;
import org.flipside.internal.delegate.workshops.EventMoves;
import org.flipside.internal.delegate.workshops.EventPlanCheck;
import org.flipside.internal.delegate.workshops.KickOffWait;
import org.flipside.internal.engine.Transactions;
import org.flipside.model.Appointment;
import org.flipside.model.Cohort;
import org.flipside.model.DeliveryRole;
import org.flipside.model.ExternalSpeaker;
import org.flipside.model.Participant;
import org.flipside.model.Programme;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopAttendance;
import org.flipside.model.WorkshopKind;

/**
 * Plans, moves and cancels a programme's events and takes their registers, in Flipside's own tables: the engine
 * never hears of them, so external speakers' names and addresses stay out of it, except that moving or cancelling a
 * kick-off workshop moves the moments the lifecycle waits for ({@link KickOffWait}); an event moves through
 * {@link EventMoves}, as a liaison's plan step moves it. The invites go out through {@link EventInvitations}, as the
 * process's own workshops do. A cohort's evaluation report,
 * once compiled, is compiled again as its events change, so it shows those held and those still to come.
 */
final class ProgrammeEventsService implements ProgrammeEvents {

  private final DelegateContext context;
  private final AccessPolicy access;
  private final Transactions transactions;
  private final KickOffWait kickOffWait;
  private final Clock clock;
  private final EventMoves moves;

  ProgrammeEventsService(DelegateContext context, AccessPolicy access, Transactions transactions,
      KickOffWait kickOffWait, EventMoves moves, Clock clock) {
    this.context = context;
    this.access = access;
    this.transactions = transactions;
    this.kickOffWait = kickOffWait;
    this.moves = moves;
    this.clock = clock;
  }

  @Override
  public PlannedEvent plan(Actor actor, String programmeId, EventPlan plan) {
    return transactions.inTransaction(() -> {
      Programme programme = programme(programmeId);
      requireCanPlan(actor, programme);
      Cohort cohort = context.data().cohorts().findCurrent(programmeId).orElse(null);
      List<FieldError> errors = new ArrayList<>();
      if (cohort == null) {
        errors.add(new FieldError("programmeId", "the programme has no cohort yet: plan events once it is scoped"));
      }
      if (plan == null) {
        throw ValidationException.of("plan", "is required");
      }
      EventPlanCheck check = new EventPlanCheck(context.directory(), clock.instant(), errors);
      check.kind(plan.kind());
      String title = check.text("title", plan.title(), MAX_TITLE_LENGTH, true);
      check.times(plan.start(), plan.end());
      String place = check.text("place", plan.place(), MAX_PLACE_LENGTH, true);
      String agenda = check.text("agenda", plan.agenda(), MAX_AGENDA_LENGTH, false);
      List<String> facilitators = check.facilitators(plan.facilitatorIds());
      List<ExternalSpeaker> guests = check.guests(plan.guests());
      check.audience(plan.audience(), plan.namedAttendeeIds());
      List<Participant> named = cohort == null || plan.audience() != EventAudience.NAMED ? List.of()
          : named(cohort, plan.namedAttendeeIds(), errors);
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
      Workshop event = new Workshop(cohort, WorkshopKind.valueOf(plan.kind().name()), title, plan.start(),
          minutes(plan.start(), plan.end()), org.flipside.model.EventAudience.valueOf(plan.audience().name()),
          place, agenda);
      event.setFacilitatorIds(facilitators);
      event.setSpeakers(guests);
      event.setNamedInvitees(named);
      context.data().workshops().save(event);
      EventInvitations.invite(context, event);
      reportChanged(event);
      return view(event);
    });
  }

  @Override
  public PlannedEvent move(Actor actor, String eventId, Instant start, Instant end, String place) {
    return transactions.inTransaction(() -> {
      Workshop event = plannable(actor, eventId);
      moves.move(event, start, end, place);
      return view(event);
    });
  }

  @Override
  public PlannedEvent cancel(Actor actor, String eventId) {
    return transactions.inTransaction(() -> {
      Workshop event = plannable(actor, eventId);
      List<FieldError> errors = new ArrayList<>();
      new EventPlanCheck(context.directory(), clock.instant(), errors).standing(event);
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
      event.cancel(clock.instant());
      EventInvitations.cancelled(context, event);
      kickOffWait.follow(event);
      reportChanged(event);
      return view(event);
    });
  }

  @Override
  public List<PlannedEvent> events(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      requireCanPlan(actor, programme(programmeId));
      return context.data().workshops().findByProgramme(programmeId).stream().map(this::view).toList();
    });
  }

  @Override
  public EventAttendance recordAttendance(Actor actor, String eventId, Set<String> attendedIds) {
    return transactions.inTransaction(() -> {
      Workshop event = plannable(actor, eventId);
      List<FieldError> errors = new ArrayList<>();
      new EventPlanCheck(context.directory(), clock.instant(), errors).standing(event);
      List<Participant> invitees = EventInvitees.of(context, event);
      Set<String> came = attendedIds == null ? Set.of() : attendedIds;
      Set<String> invited = new HashSet<>(invitees.stream().map(Participant::getEmployeeId).toList());
      came.stream().filter(id -> !invited.contains(id)).sorted().forEach(id ->
          errors.add(new FieldError("attendedIds", id + " was not invited to " + event.getTitle())));
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
      for (Participant invitee : invitees) {
        event.recordAttendance(invitee, came.contains(invitee.getEmployeeId()), clock.instant());
      }
      reportChanged(event);
      return attendance(event);
    });
  }

  @Override
  public List<EventAttendance> attendance(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      access.requireCanFollow(actor, programme(programmeId));
      return context.data().workshops().findByProgramme(programmeId).stream()
          .filter(event -> !event.isCancelled())
          .map(this::attendance)
          .toList();
    });
  }

  private EventAttendance attendance(Workshop event) {
    List<String> present = event.getAttendances().stream().filter(WorkshopAttendance::isAttended)
        .map(line -> line.getParticipant().getEmployeeId()).toList();
    return new EventAttendance(event.getId(), EventKind.valueOf(event.getKind().name()), event.getTitle(),
        event.getScheduledAt(), EventInvitees.of(context, event).size(), present, !event.getAttendances().isEmpty());
  }

  private void reportChanged(Workshop event) {
    moves.changed(event);
  }

  private Workshop plannable(Actor actor, String eventId) {
    if (eventId == null || eventId.isBlank()) {
      throw ValidationException.of("eventId", "is required");
    }
    Workshop event = context.data().workshops().find(eventId)
        .orElseThrow(() -> new NotFoundException("no event with id " + eventId));
    requireCanPlan(actor, event.getCohort().getProgramme());
    return event;
  }

  private void requireCanPlan(Actor actor, Programme programme) {
    access.requireCanPlanEvents(actor, programme, context.data().appointments()
        .findByProgrammeAndRole(programme.getId(), DeliveryRole.LIAISON).stream().map(Appointment::getPersonId)
        .toList());
  }

  private Programme programme(String programmeId) {
    if (programmeId == null || programmeId.isBlank()) {
      throw ValidationException.of("programmeId", "is required");
    }
    return context.data().programmes().find(programmeId)
        .orElseThrow(() -> new NotFoundException("no programme with id " + programmeId));
  }

  /** The named attendees as participants of the cohort, naming each who is not one. */
  private List<Participant> named(Cohort cohort, List<String> employeeIds, List<FieldError> errors) {
    List<Participant> named = new ArrayList<>();
    for (String employeeId : employeeIds) {
      context.data().participants().findByCohortAndEmployee(cohort.getId(), employeeId).ifPresentOrElse(named::add,
          () -> errors.add(new FieldError("namedAttendeeIds", employeeId + " is not a participant of the cohort")));
    }
    return named;
  }

  private static int minutes(Instant start, Instant end) {
    return (int) Duration.between(start, end).toMinutes();
  }

  private PlannedEvent view(Workshop event) {
    return new PlannedEvent(event.getId(), event.getCohort().getProgramme().getId(),
        EventKind.valueOf(event.getKind().name()), event.getTitle(), event.getScheduledAt(), event.getEndsAt(),
        event.getPlace(), event.getFacilitatorIds(),
        event.getSpeakers().stream().map(guest -> new EventGuest(guest.getName(), guest.getEmail())).toList(),
        event.getAgenda(), EventAudience.valueOf(event.getAudience().name()),
        EventInvitees.of(context, event).stream().map(Participant::getEmployeeId).toList(),
        event.getInviteSequence(), event.getCancelledAt());
  }
}
