package org.flipside.internal.service;

import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.NotFoundException;
import org.flipside.api.PairSupport;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;

/** Opens a support conversation in the pair's journey; the partner who did not ask sees nothing of it. */
final class PairSupportService implements PairSupport {

  static final String SUPPORT_NEEDED = "flipside-support-needed";

  private final Repositories data;
  private final RuntimeService runtime;
  private final Directory directory;
  private final Transactions transactions;

  PairSupportService(Repositories data, RuntimeService runtime, Directory directory, Transactions transactions) {
    this.data = data;
    this.runtime = runtime;
    this.directory = directory;
    this.transactions = transactions;
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
      String partner = actor.employeeId().equals(mentor) ? mentee : mentor;
      runtime.createMessageCorrelation(SUPPORT_NEEDED)
          .processInstanceId(PairJourneys.of(runtime, pairingId))
          .setVariable("supportRequestedBy", actor.employeeId())
          .setVariable("supportRequesterName", directory.nameOf(actor.employeeId()))
          .setVariable("supportPartnerName", directory.nameOf(partner))
          .setVariable("supportNote", text.isEmpty() ? "(none)" : text)
          .correlate();
    });
  }
}
