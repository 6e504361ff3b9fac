package org.flipside.internal.delegate.workshops;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Cohort;
import org.flipside.model.PairingStatus;
import org.flipside.model.Programme;

/**
 * Gives every paired mentee the programme's pre-reading as a task of their own, due by the end of
 * the first session period and open until the sessions end; nothing waits for it.
 */
public final class AssignPreReading implements JavaDelegate {

  private final DelegateContext context;

  public AssignPreReading(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    Programme programme = cohort.getProgramme();
    SessionsWindow window = SessionsWindow.of(programme, context.now());
    Variables.set(execution, Vars.MENTEE_IDS, 
        context.data().pairings().findByCohortAndStatus(cohort.getId(), PairingStatus.ACTIVE).stream()
            .map(pairing -> pairing.getMentee().getEmployeeId())
            .toList());
    Variables.set(execution, Vars.PRE_READING_DUE, window.firstPeriodEnds(programme));
    Variables.set(execution, Vars.PRE_READING_CLOSES_AT, window.ends());
  }
}
