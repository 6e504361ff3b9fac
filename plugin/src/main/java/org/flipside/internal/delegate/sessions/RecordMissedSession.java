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
import org.flipside.model.SessionRecord;
import org.flipside.spi.NotificationTopic;

/**
 * A session period ended with no session logged: record it as missed, nudge both partners, and say
 * how many periods in a row the pair has missed, which decides on the programme manager's check-in.
 */
public final class RecordMissedSession implements JavaDelegate {

  private final DelegateContext context;

  public RecordMissedSession(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(execution);
    int period = Variables.answer(execution, Vars.PERIOD_NUMBER);
    context.data().sessions().add(SessionRecord.missed(pairing, period, context.now()));
    String programme = pairing.getCohort().getProgramme().getId();
    for (String partner : new String[] {pairing.getMentor().getEmployeeId(), pairing.getMentee().getEmployeeId()}) {
      context.notifications().send(partner, Message.of(NotificationTopic.SESSION_MISSED)
          .with(PROGRAMME, programme).with(PERIOD, period));
    }
    int missed = MissedRun.of(context.data().sessions().findByPairing(pairing.getId()));
    Variables.set(execution, Vars.MISSED_IN_A_ROW, missed);
  }
}
