package org.flipside.internal.service;

import org.flipside.spi.NotificationTopic;
import org.flipside.spi.NotificationParameter;
import org.flipside.internal.notification.Message;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flipside.api.Actor;
import org.flipside.api.DeliveryRole;
import org.flipside.api.DeliveryTeam;
import org.flipside.api.FieldError;
import org.flipside.api.Guest;
import org.flipside.api.NewGuest;
import org.flipside.api.NotFoundException;
import org.flipside.api.TeamMember;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.internal.host.Notifications;
import org.flipside.internal.team.People;
import org.flipside.internal.team.PostConflicts;
import org.flipside.internal.team.TeamPosts;
import org.flipside.internal.team.TeamVariables;
import org.flipside.model.Appointment;
import org.flipside.model.Programme;
import org.flipside.model.privacy.AuditedAction;

/**
 * Appoints employees and guests to programmes' delivery teams, withdraws them, and registers guests. Each change is
 * in the audit trail; the engine learns only the ids of the holders of posts with steps.
 */
final class DeliveryTeamService implements DeliveryTeam {

  /** Enough of an address to reach someone: one @, something on either side, a dot in the domain. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Repositories data;
  private final Directory directory;
  private final AccessPolicy access;
  private final Notifications notifications;
  private final TeamVariables variables;
  private final PostConflicts conflicts;
  private final People people;
  private final Transactions transactions;
  private final Clock clock;

  DeliveryTeamService(Repositories data, Directory directory, AccessPolicy access, Notifications notifications,
      TeamVariables variables, Transactions transactions, Clock clock) {
    this.data = data;
    this.directory = directory;
    this.access = access;
    this.notifications = notifications;
    this.variables = variables;
    this.conflicts = new PostConflicts(data);
    this.people = new People(data, directory);
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Guest registerGuest(Actor actor, NewGuest guest) {
    access.requireHrAdmin(actor, "register guests");
    if (guest == null) {
      throw ValidationException.of("guest", "is required");
    }
    List<FieldError> errors = new ArrayList<>();
    String name = text(errors, "name", guest.name(), org.flipside.model.Guest.MAX_NAME, true);
    String email = text(errors, "email", guest.email(), org.flipside.model.Guest.MAX_EMAIL, true);
    String organisation = text(errors, "organisation", guest.organisation(), org.flipside.model.Guest.MAX_NAME, false);
    if (email != null && !EMAIL.matcher(email).matches()) {
      errors.add(new FieldError("email", "'" + email + "' is not an email address"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    String address = email.toLowerCase(Locale.ROOT);
    return transactions.inTransaction(() -> data.guests().findByEmail(address).map(DeliveryTeamService::view)
        .orElseGet(() -> {
          org.flipside.model.Guest registered = data.guests().save(
              new org.flipside.model.Guest(name, address, organisation, actor.employeeId(), clock.instant()));
          access.recordRead(actor, AuditedAction.REGISTER_GUEST, registered.getId(), null);
          return view(registered);
        }));
  }

  @Override
  public Optional<Guest> guest(String guestId) {
    return transactions.inTransaction(() -> data.guests().find(guestId).map(DeliveryTeamService::view));
  }

  @Override
  public TeamMember appoint(Actor actor, String programmeId, DeliveryRole role, String personId) {
    return transactions.inTransaction(() -> {
      Programme programme = find(programmeId);
      access.requireCanAppoint(actor, programme);
      List<FieldError> errors = new ArrayList<>();
      if (role == null) {
        errors.add(new FieldError("role", "is required: one of " + List.of(DeliveryRole.values())));
      }
      if (personId == null || personId.isBlank()) {
        errors.add(new FieldError("personId", "is required: an employee's id or a registered guest's"));
      } else if (org.flipside.model.Guest.isGuestId(personId) ? data.guests().find(personId).isEmpty()
          : !directory.isEmployed(personId)) {
        errors.add(new FieldError("personId", "no employed employee or registered guest with id '" + personId + "'"));
      }
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
      org.flipside.model.DeliveryRole post = org.flipside.model.DeliveryRole.valueOf(role.name());
      if (programme.hasEnded()) {
        throw ValidationException.of("programmeId", "the programme has ended: it needs no " + TeamPosts.title(post));
      }
      if (data.appointments().find(programmeId, post, personId).isPresent()) {
        throw ValidationException.of("personId", personId + " is already a " + TeamPosts.title(post) + " of "
            + programme.getName());
      }
      if (post.seesPairings()) {
        conflicts.refusal(programme, personId, TeamPosts.title(post)).ifPresent(refusal -> {
          throw ValidationException.of("personId", refusal);
        });
      }
      Appointment appointment =
          data.appointments().save(new Appointment(programme, post, personId, actor.employeeId(), clock.instant()));
      variables.refresh(programme, post);
      access.recordRead(actor, AuditedAction.APPOINT, appointment.getId(), programmeId);
      notifications.send(personId, Message.of(NotificationTopic.APPOINTED)
          .with(NotificationParameter.PROGRAMME, programme.getId())
          .with(NotificationParameter.STEWARD, post.name().toLowerCase(Locale.ROOT).replace('_', '-')));
      return member(appointment);
    });
  }

  @Override
  public void withdraw(Actor actor, String programmeId, String appointmentId) {
    transactions.run(() -> {
      Programme programme = find(programmeId);
      access.requireCanAppoint(actor, programme);
      Appointment appointment = data.appointments().find(appointmentId)
          .filter(found -> found.getProgramme().getId().equals(programmeId))
          .orElseThrow(() -> new NotFoundException("programme " + programmeId + " has no appointment " + appointmentId));
      data.appointments().delete(appointment);
      data.entityManager().flush();
      variables.refresh(programme, appointment.getRole());
      access.recordRead(actor, AuditedAction.WITHDRAW_APPOINTMENT, appointmentId, programmeId);
    });
  }

  @Override
  public List<TeamMember> team(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      Programme programme = find(programmeId);
      List<Appointment> team = data.appointments().findByProgramme(programmeId);
      boolean member = team.stream().anyMatch(appointment -> appointment.getPersonId().equals(actor.employeeId()));
      if (!member) {
        access.requireCanFollow(actor, programme);
      }
      return team.stream().map(this::member).toList();
    });
  }

  @Override
  public List<TeamMember> appointmentsOf(Actor actor) {
    return transactions.inTransaction(() ->
        data.appointments().findByPerson(actor.employeeId()).stream().map(this::member).toList());
  }

  private Programme find(String programmeId) {
    return data.programmes().find(programmeId)
        .orElseThrow(() -> new NotFoundException("no programme with id " + programmeId));
  }

  private TeamMember member(Appointment appointment) {
    return new TeamMember(appointment.getId(), appointment.getProgramme().getId(),
        DeliveryRole.valueOf(appointment.getRole().name()), appointment.getPersonId(),
        nameOf(appointment.getPersonId()), appointment.isGuest(), appointment.getAppointedAt());
  }

  private String nameOf(String personId) {
    return people.nameOf(personId);
  }

  private static Guest view(org.flipside.model.Guest guest) {
    return new Guest(guest.getId(), guest.getName(), guest.getEmail(), guest.getOrganisation());
  }

  /** The stripped text, or null when absent; a missing required text or one too long is an error. */
  private static String text(List<FieldError> errors, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return null;
    }
    if (value.strip().length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
      return null;
    }
    return value.strip();
  }
}
