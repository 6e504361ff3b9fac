package org.flipside.internal.delegate.sessions;

import static org.flipside.spi.NotificationParameter.NOTE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.VERSION;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.LearningAgreement;
import org.flipside.model.Pairing;
import org.flipside.spi.NotificationTopic;

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
    context.notifications().send(proposed.getDraftedBy(), Message.of(NotificationTopic.AGREEMENT_CHANGE_DECLINED)
        .with(PROGRAMME, pairing.getCohort().getProgramme().getId()).with(VERSION, proposed.getAgreementVersion())
        .with(NOTE, Objects.toString(proposed.getRequestedChanges(), "")));
  }
}
