package org.flipside.internal.delegate.sessions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;
import org.flipside.model.SessionRecord;

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
    context.data().sessions().save(SessionRecord.missed(pairing, period, context.now()));
    String programme = pairing.getCohort().getProgramme().getName();
    for (String partner : new String[] {pairing.getMentor().getEmployeeId(), pairing.getMentee().getEmployeeId()}) {
      context.notifications().send(partner, NotificationTopics.SESSION_MISSED, programme + ": time to meet",
          "No session was logged for period " + period + ". The programme works best when you meet at least monthly.");
    }
    int missed = MissedRun.of(context.data().sessions().findByPairing(pairing.getId()));
    Variables.set(execution, Vars.MISSED_IN_A_ROW, missed);
  }
}
