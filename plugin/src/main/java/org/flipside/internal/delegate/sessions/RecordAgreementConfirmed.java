package org.flipside.internal.delegate.sessions;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.LearningAgreement;
import org.flipside.model.Pairing;
import org.flipside.model.ParticipantRole;

/**
 * The second partner agreed the pair's draft: it is confirmed by both and replaces the version that
 * held until now, whose drafter hears that their change holds.
 */
public final class RecordAgreementConfirmed implements JavaDelegate {

  private final DelegateContext context;

  public RecordAgreementConfirmed(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String pairingId = Variables.require(execution, Vars.PAIRING_ID);
    Pairing pairing = context.pairing(pairingId);
    LearningAgreement draft = context.data().agreements().findPendingDraft(pairingId)
        .orElseThrow(() -> new IllegalStateException("pairing " + pairingId + " has no draft agreement to confirm"));
    Optional<LearningAgreement> earlier = context.data().agreements().findConfirmed(pairingId);
    String confirmer = Variables.optional(execution, Vars.COMPLETED_BY);
    ParticipantRole side = confirmer == null ? ParticipantRole.MENTOR : pairing.roleOf(confirmer)
        .orElseThrow(() -> new IllegalStateException(confirmer + " is not a partner in pairing " + pairingId));
    if (!draft.confirmBy(side, context.now())) {
      throw new IllegalStateException("version " + draft.getAgreementVersion() + " of pairing " + pairingId
          + " still waits for its drafter's confirmation");
    }
    earlier.ifPresent(previous -> {
      previous.supersede();
      context.notifications().send(draft.getDraftedBy(), NotificationTopics.AGREEMENT_CHANGE_CONFIRMED,
          pairing.getCohort().getProgramme().getName() + ": your partner agreed the change",
          "Version " + draft.getAgreementVersion() + " of your learning agreement now holds for you both.");
    });
  }
}
