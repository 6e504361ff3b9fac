package org.flipside.internal.service;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.NotFoundException;
import org.flipside.api.PairSupport;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Messages;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Notifications;
import org.flipside.internal.notification.Message;
import org.flipside.model.Appointment;
import org.flipside.model.CoachingRequest;
import org.flipside.model.DeliveryRole;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;
import org.flipside.model.Programme;
import org.flipside.model.SupportRequest;
import org.flipside.spi.NotificationParameter;
import org.flipside.spi.NotificationTopic;

/**
 * Opens a support conversation or a coaching request in the pair's journey; the partner who did not ask sees nothing
 * of it. The request and its note stay in Flipside's own tables: the journey gets only the request's id, and for
 * coaching the coaches' ids.
 */
final class PairSupportService implements PairSupport {

  private final Repositories data;
  private final RuntimeService runtime;
  private final Notifications notifications;
  private final Transactions transactions;
  private final Clock clock;

  PairSupportService(Repositories data, RuntimeService runtime, Notifications notifications,
      Transactions transactions, Clock clock) {
    this.data = data;
    this.runtime = runtime;
    this.notifications = notifications;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void saySupportNeeded(Actor actor, String pairingId, String note) {
    String text = note(pairingId, note);
    transactions.run(() -> {
      Pairing pairing = livePairingOf(actor, pairingId, "ask for support with it");
      SupportRequest request =
          data.supportRequests().save(new SupportRequest(pairing, actor.employeeId(), clock.instant(), text));
      runtime.createMessageCorrelation(Messages.SUPPORT_NEEDED)
          .processInstanceId(PairJourneys.of(runtime, pairingId))
          .setVariable(Vars.SUPPORT_REQUEST_ID.name(), request.getId())
          .correlate();
    });
  }

  @Override
  public void askForCoaching(Actor actor, String pairingId, String note) {
    String text = note(pairingId, note);
    transactions.run(() -> {
      Pairing pairing = livePairingOf(actor, pairingId, "ask for coaching");
      Programme programme = pairing.getCohort().getProgramme();
      List<String> coaches = data.appointments().findByProgrammeAndRole(programme.getId(), DeliveryRole.COACH)
          .stream().map(Appointment::getPersonId).toList();
      if (coaches.isEmpty()) {
        throw ValidationException.of("pairingId", programme.getName() + " has no coach to take coaching requests:"
            + " its programme manager or an HR admin can appoint one");
      }
      CoachingRequest request =
          data.coachingRequests().save(new CoachingRequest(pairing, actor.employeeId(), clock.instant(), text));
      runtime.createMessageCorrelation(Messages.COACHING_REQUESTED)
          .processInstanceId(PairJourneys.of(runtime, pairingId))
          .setVariables(Variables.values()
              .with(Vars.COACHING_REQUEST_ID, request.getId())
              .with(Vars.COACH_IDS, coaches))
          .correlate();
      Message asked = Message.of(NotificationTopic.COACHING_REQUESTED)
          .with(NotificationParameter.PROGRAMME, programme.getId())
          .with(NotificationParameter.COACHING_REQUEST, "new")
          .with(NotificationParameter.EMPLOYEE, actor.employeeId());
      coaches.forEach(coach -> notifications.send(coach, asked));
    });
  }

  /** The note as kept: stripped, empty for none; refused, naming the field, when too long or without a pairing. */
  private static String note(String pairingId, String note) {
    if (pairingId == null || pairingId.isBlank()) {
      throw ValidationException.of("pairingId", "is required");
    }
    String text = note == null ? "" : note.strip();
    if (text.length() > MAX_NOTE_LENGTH) {
      throw ValidationException.of("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
    }
    return text;
  }

  /** The pairing, which the actor must be a partner in and which must still be live. */
  private Pairing livePairingOf(Actor actor, String pairingId, String what) {
    Pairing pairing = data.pairings().find(pairingId)
        .orElseThrow(() -> new NotFoundException("no pairing with id " + pairingId));
    String mentor = pairing.getMentor().getEmployeeId();
    String mentee = pairing.getMentee().getEmployeeId();
    if (!actor.employeeId().equals(mentor) && !actor.employeeId().equals(mentee)) {
      throw new AccessDeniedException(actor.employeeId() + " is not a partner in pairing " + pairingId
          + ": only its partners can " + what);
    }
    if (pairing.getStatus() != PairingStatus.ACTIVE) {
      throw ValidationException.of("pairingId",
          "the pairing is " + pairing.getStatus().name().toLowerCase(Locale.ROOT) + ", no longer live");
    }
    return pairing;
  }
}
