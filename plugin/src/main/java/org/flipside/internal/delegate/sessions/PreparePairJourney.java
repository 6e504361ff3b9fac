package org.flipside.internal.delegate.sessions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;
import org.flipside.model.Programme;

/** Sets up a pair's journey: who the partners are and how many session periods lie ahead. */
public final class PreparePairJourney implements JavaDelegate {

  private final DelegateContext context;

  public PreparePairJourney(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(Variables.string(execution, "pairingId"));
    Programme programme = pairing.getCohort().getProgramme();
    execution.setVariable("mentorId", pairing.getMentor().getEmployeeId());
    execution.setVariable("menteeId", pairing.getMentee().getEmployeeId());
    execution.setVariable("sessionCadence", programme.getSessionCadence());
    execution.setVariable("plannedPeriods",
        SessionPeriods.planned(programme.getDurationMonths(), programme.getSessionCadence()));
    execution.setVariable("periodNumber", 0);
  }
}
