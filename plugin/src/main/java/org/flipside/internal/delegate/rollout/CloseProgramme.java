package org.flipside.internal.delegate.rollout;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.recruitment.Waitlist;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeStage;

/** Closes a programme the sponsor decided to stop, telling whoever still waits on its waitlist. */
public final class CloseProgramme implements JavaDelegate {

  private final DelegateContext context;

  public CloseProgramme(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = context.programme(execution);
    programme.setStage(ProgrammeStage.CLOSED);
    programme.setClosedAt(context.now());
    new Waitlist(context).programmeEnded(programme, Waitlist.Ending.STOPPED);
  }
}
