package org.flipside.internal.delegate.sessions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.LearningAgreement;
import org.flipside.model.Pairing;

/**
 * The partner did not agree a proposed change: the earlier version holds and the proposer hears so, with the changes
 * the partner asked for instead (read from Flipside's tables; the engine never holds them).
 */
public final class DeclineAgreementChange implements JavaDelegate {

  private final DelegateContext context;

  public DeclineAgreementChange(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String pairingId = Variables.require(execution, Vars.PAIRING_ID);
    Pairing pairing = context.pairing(pairingId);
    LearningAgreement proposed = context.data().agreements().findPendingDraft(pairingId)
        .orElseThrow(() -> new IllegalStateException("pairing " + pairingId + " has no proposed change"));
    proposed.decline();
    context.notifications().send(proposed.getDraftedBy(), NotificationTopics.AGREEMENT_CHANGE_DECLINED,
        pairing.getCohort().getProgramme().getName() + ": your partner kept the agreement as it was",
        "Your partner did not agree version " + proposed.getAgreementVersion()
            + " of your learning agreement; the earlier version still holds. Talk it over at your next session."
            + (proposed.getRequestedChanges() == null ? "" : " They asked for: " + proposed.getRequestedChanges()));
  }
}
