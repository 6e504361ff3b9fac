package org.flipside.internal.service;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.AgreementTerms;
import org.flipside.api.AgreementVersion;
import org.flipside.api.FlipsideException;
import org.flipside.api.LearningAgreements;
import org.flipside.api.NotFoundException;
import org.flipside.api.Partnership;
import org.flipside.bpmn.vocabulary.Messages;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.delegate.sessions.AgreementDrafts;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.model.LearningAgreement;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;
import org.flipside.model.ParticipantRole;

/**
 * The pair's learning agreement through the API. A change is drafted here, in the caller's
 * transaction, and handed to the pair's journey as a message, which asks the other partner to
 * confirm it; a pair whose journey is over takes no change.
 */
final class LearningAgreementService implements LearningAgreements {

  /** The message the pair journey's "change proposed" event sub-process waits for. */

  private final Repositories data;
  private final Directory directory;
  private final AccessPolicy access;
  private final Transactions transactions;
  private final RuntimeService runtime;
  private final Clock clock;

  LearningAgreementService(Repositories data, Directory directory, AccessPolicy access, Transactions transactions,
      RuntimeService runtime, Clock clock) {
    this.data = data;
    this.directory = directory;
    this.access = access;
    this.transactions = transactions;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Override
  public List<Partnership> partnerships(Actor actor) {
    return transactions.inTransaction(() -> data.pairings().findPublishedByEmployee(actor.employeeId()).stream()
        .map(pairing -> {
          ParticipantRole side = pairing.roleOf(actor.employeeId()).orElseThrow();
          String partner = pairing.partner(side == ParticipantRole.MENTOR ? ParticipantRole.MENTEE
              : ParticipantRole.MENTOR).getEmployeeId();
          return new Partnership(pairing.getId(), pairing.getCohort().getProgramme().getId(), ApiValues.role(side),
              partner, directory.nameOf(partner), ApiValues.status(pairing.getStatus()));
        })
        .toList());
  }

  @Override
  public List<AgreementVersion> versions(Actor actor, String pairingId) {
    return transactions.inTransaction(() -> {
      Pairing pairing = pairing(pairingId);
      if (pairing.roleOf(actor.employeeId()).isEmpty()) {
        access.requireCanManage(actor, pairing.getCohort().getProgramme());
      }
      return data.agreements().findByPairing(pairingId).stream().map(LearningAgreementService::version).toList();
    });
  }

  @Override
  public AgreementVersion proposeChange(Actor actor, String pairingId, AgreementTerms terms) {
    return transactions.inTransaction(() -> {
      Pairing pairing = pairing(pairingId);
      ParticipantRole side = pairing.roleOf(actor.employeeId()).orElseThrow(() -> new AccessDeniedException(
          actor.employeeId() + " may not change the agreement of pairing " + pairingId + ": only its partners may"));
      if (pairing.getStatus() != PairingStatus.ACTIVE) {
        throw new FlipsideException("pairing " + pairingId + " has ended: its agreement no longer changes");
      }
      if (data.agreements().findConfirmed(pairingId).isEmpty()) {
        throw new FlipsideException("pairing " + pairingId
            + " has not confirmed its first agreement yet: tailor it in the draft task instead");
      }
      data.agreements().findPendingDraft(pairingId)
          .ifPresent(pending -> {
            throw new FlipsideException("version " + pending.getAgreementVersion() + " of pairing " + pairingId
                + " still waits for confirmation; propose another change once it is answered");
          });
      LearningAgreement proposed = AgreementDrafts.draft(data, pairing, new AgreementDrafts.Terms(
          terms.confidentialityAgreed(), terms.boundaries(), ApiValues.formValue(terms.meetingFormat()),
          ApiValues.formValue(terms.frequency()), ApiValues.formValue(terms.arranger()), terms.protectedTime()), actor.employeeId(), clock.instant());
      String confirmer = pairing.partner(side == ParticipantRole.MENTOR ? ParticipantRole.MENTEE
          : ParticipantRole.MENTOR).getEmployeeId();
      try {
        runtime.createMessageCorrelation(Messages.AGREEMENT_CHANGE_PROPOSED)
            .processInstanceVariableEquals(Vars.PAIRING_ID.name(), pairingId)
            .setVariable(Vars.CHANGE_CONFIRMER_ID.name(), confirmer)
            .correlate();
      } catch (MismatchingMessageCorrelationException e) {
        throw new FlipsideException("the journey of pairing " + pairingId + " is not running: no change can be agreed", e);
      }
      return version(proposed);
    });
  }

  private Pairing pairing(String pairingId) {
    return data.pairings().find(pairingId)
        .orElseThrow(() -> new NotFoundException("no pairing with id " + pairingId));
  }

  private static AgreementVersion version(LearningAgreement agreement) {
    return new AgreementVersion(agreement.getAgreementVersion(), ApiValues.status(agreement.getStatus()),
        new AgreementTerms(agreement.isConfidentialityAgreed(), agreement.getBoundaries(),
            ApiValues.format(agreement.getMeetingFormat()), ApiValues.frequency(agreement.getFrequency()),
            ApiValues.role(agreement.getArranger()), agreement.isProtectedTime()),
        agreement.getDraftedBy(), agreement.getDraftedAt(), agreement.getMentorConfirmedAt(),
        agreement.getMenteeConfirmedAt());
  }
}
