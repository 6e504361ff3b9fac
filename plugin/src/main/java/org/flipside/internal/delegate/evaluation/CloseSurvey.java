package org.flipside.internal.delegate.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;

/**
 * Counts one respondent's survey closed, answered or its respondent gone, in Flipside's tables (under the cohort
 * row's lock, as invitations are counted), and says whether it was the cohort's last one open: the survey then tells
 * its programme's lifecycle that the window need not wait. The answers themselves are stored as the task completes.
 */
public final class CloseSurvey implements JavaDelegate {

  private final DelegateContext context;

  public CloseSurvey(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int stillOpen = context.data().cohorts().closeInvitation(Variables.require(execution, Vars.COHORT_ID));
    Variables.set(execution, Vars.EVERYONE_ANSWERED, stillOpen == 0);
  }
}
