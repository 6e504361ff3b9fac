package org.flipside.internal.delegate.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;

/**
 * Counts an invitation closed, answered or its invitee gone, in Flipside's tables, and says whether it was the
 * round's last one open: the invitation then tells its programme's lifecycle that the window need not wait.
 */
public final class CloseInvitation implements JavaDelegate {

  private final DelegateContext context;

  public CloseInvitation(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int stillOpen = context.data().cohorts().closeInvitation(Variables.require(execution, Vars.COHORT_ID));
    Variables.set(execution, Vars.EVERYONE_ANSWERED, stillOpen == 0);
  }
}
