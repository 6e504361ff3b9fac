package org.flipside.internal.delegate.sessions;

import static org.flipside.spi.NotificationParameter.PROGRAMME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.notification.Message;
import org.flipside.model.Pairing;
import org.flipside.spi.NotificationTopic;

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
    PairingEnded.release(context, pairing);
    String programme = pairing.getCohort().getProgramme().getId();
    for (String partner : new String[] {pairing.getMentor().getEmployeeId(), pairing.getMentee().getEmployeeId()}) {
      context.notifications().send(partner,
          Message.of(NotificationTopic.PAIRING_ENDED_AFTER_CHECK_IN).with(PROGRAMME, programme));
    }
  }
}
