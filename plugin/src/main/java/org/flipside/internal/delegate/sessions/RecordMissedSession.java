package org.flipside.internal.delegate.sessions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;
import org.flipside.model.SessionRecord;

/** A session period ended with no session logged: record it as missed and nudge both partners. */
public final class RecordMissedSession implements JavaDelegate {

  private final DelegateContext context;

  public RecordMissedSession(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(Variables.string(execution, "pairingId"));
    int period = Variables.requiredInteger(execution, "periodNumber");
    context.data().sessions().save(SessionRecord.missed(pairing, period, context.now()));
    String programme = pairing.getCohort().getProgramme().getName();
    for (String partner : new String[] {pairing.getMentor().getEmployeeId(), pairing.getMentee().getEmployeeId()}) {
      context.notifications().send(partner, "session-missed", programme + ": time to meet",
          "No session was logged for period " + period + ". The programme works best when you meet at least monthly.");
    }
  }
}
