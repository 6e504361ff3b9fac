package org.flipside.internal.service;

import java.time.Clock;
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
import org.flipside.internal.engine.Transactions;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;
import org.flipside.model.SupportRequest;

/**
 * Opens a support conversation in the pair's journey; the partner who did not ask sees nothing of it. The request
 * and its note stay in Flipside's own table: the journey gets only the request's id.
 */
final class PairSupportService implements PairSupport {

  private final Repositories data;
  private final RuntimeService runtime;
  private final Transactions transactions;
  private final Clock clock;

  PairSupportService(Repositories data, RuntimeService runtime, Transactions transactions, Clock clock) {
    this.data = data;
    this.runtime = runtime;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void saySupportNeeded(Actor actor, String pairingId, String note) {
    if (pairingId == null || pairingId.isBlank()) {
      throw ValidationException.of("pairingId", "is required");
    }
    String text = note == null ? "" : note.strip();
    if (text.length() > MAX_NOTE_LENGTH) {
      throw ValidationException.of("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
    }
    transactions.run(() -> {
      Pairing pairing = data.pairings().find(pairingId)
          .orElseThrow(() -> new NotFoundException("no pairing with id " + pairingId));
      String mentor = pairing.getMentor().getEmployeeId();
      String mentee = pairing.getMentee().getEmployeeId();
      if (!actor.employeeId().equals(mentor) && !actor.employeeId().equals(mentee)) {
        throw new AccessDeniedException(actor.employeeId() + " is not a partner in pairing " + pairingId
            + ": only its partners can ask for support with it");
      }
      if (pairing.getStatus() != PairingStatus.ACTIVE) {
        throw ValidationException.of("pairingId",
            "the pairing is " + pairing.getStatus().name().toLowerCase(Locale.ROOT) + ", no longer live");
      }
      SupportRequest request =
          data.supportRequests().save(new SupportRequest(pairing, actor.employeeId(), clock.instant(), text));
      runtime.createMessageCorrelation(Messages.SUPPORT_NEEDED)
          .processInstanceId(PairJourneys.of(runtime, pairingId))
          .setVariable(Vars.SUPPORT_REQUEST_ID.name(), request.getId())
          .correlate();
    });
  }
}
