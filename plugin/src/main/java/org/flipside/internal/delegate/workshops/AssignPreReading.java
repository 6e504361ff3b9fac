package org.flipside.internal.delegate.workshops;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
    Cohort cohort = context.cohort(Variables.string(execution, "cohortId"));
    Programme programme = cohort.getProgramme();
    SessionsWindow window = SessionsWindow.of(programme, context.now());
    execution.setVariable("menteeIds", Variables.list(
        context.data().pairings().findByCohortAndStatus(cohort.getId(), PairingStatus.ACTIVE).stream()
            .map(pairing -> pairing.getMentee().getEmployeeId())
            .toList()));
    execution.setVariable("preReadingText", PreReading.text(programme));
    execution.setVariable("preReadingDue", Variables.timerDate(window.firstPeriodEnds(programme)));
    execution.setVariable("preReadingClosesAt", Variables.timerDate(window.ends()));
  }
}
