package org.flipside.internal.delegate.sessions;

import static org.flipside.spi.NotificationParameter.PERIOD;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.Pairing;
import org.flipside.spi.NotificationTopic;

/** The partners agreed to end early: close the pairing and tell the programme manager. */
public final class EndPairingEarly implements JavaDelegate {

  private final DelegateContext context;

  public EndPairingEarly(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(execution);
    pairing.endEarly(context.now(), "the partners agreed to end early");
    PairingEnded.release(context, pairing);
    context.tellManager(pairing.getCohort().getProgramme(), Message.of(NotificationTopic.PAIRING_ENDED_EARLY)
        .with(PROGRAMME, pairing.getCohort().getProgramme().getId())
        .with(PERIOD, Variables.answer(execution, Vars.PERIOD_NUMBER)));
  }
}
