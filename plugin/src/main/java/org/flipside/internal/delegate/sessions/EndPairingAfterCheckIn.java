package org.flipside.internal.delegate.sessions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Pairing;

/** After checking in with a pair that kept missing its sessions, the programme manager ends the pairing. */
public final class EndPairingAfterCheckIn implements JavaDelegate {

  private final DelegateContext context;

  public EndPairingAfterCheckIn(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(execution);
    pairing.endEarly(context.now(), "ended by the programme manager after a check-in on missed sessions");
    new ProtectedTimeHold(context).pairingEnded(pairing);
    String programme = pairing.getCohort().getProgramme().getName();
    for (String partner : new String[] {pairing.getMentor().getEmployeeId(), pairing.getMentee().getEmployeeId()}) {
      context.notifications().send(partner, NotificationTopics.PAIRING_ENDED_AFTER_CHECK_IN,
          programme + ": your pairing has ended",
          "After talking with you, your programme manager has ended this pairing. Thank you for the time you gave it.");
    }
  }
}
