package org.flipside.internal.delegate.rollout;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Cohort;
import org.flipside.model.CohortStatus;
import org.flipside.model.Programme;

/** Records the rollout decision; the cohort that was evaluated is complete either way. */
public final class RecordRolloutDecision implements JavaDelegate {

  private final DelegateContext context;

  public RecordRolloutDecision(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(Variables.string(execution, "cohortId"));
    Programme programme = cohort.getProgramme();
    String decision = Variables.string(execution, "rolloutDecision");
    programme.setRolloutDecision(decision);
    cohort.setStatus(CohortStatus.COMPLETED);
    context.tellManager(programme, "rollout-decision",
        programme.getName() + ": rollout decision",
        "The sponsor decided to " + decision + ": " + Variables.string(execution, "rationale"));
  }
}
