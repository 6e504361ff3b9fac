package org.flipside.internal.delegate.rollout;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Ambassador;
import org.flipside.model.Cohort;
import org.flipside.model.repository.AmbassadorRepository;

/**
 * Records one answer to the invitation to be an ambassador. An acceptance is kept, the programme manager hears of
 * it, and the next cohort's invitation to apply names every ambassador so far.
 */
public final class RecordAmbassadorAnswer implements JavaDelegate {

  private final DelegateContext context;

  public RecordAmbassadorAnswer(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!"accept".equals(Variables.string(execution, "ambassadorAnswer"))) {
      return;
    }
    Cohort cohort = context.cohort(Variables.string(execution, "ambassadorsFromCohortId"));
    String employeeId = Variables.string(execution, "ambassadorId");
    AmbassadorRepository ambassadors = context.data().ambassadors();
    if (ambassadors.exists(cohort.getId(), employeeId)) {
      return;
    }
    ambassadors.save(new Ambassador(cohort, employeeId, context.now()));
    context.tellManager(cohort.getProgramme(), "ambassador-accepted",
        cohort.getProgramme().getName() + ": a new ambassador",
        context.directory().nameOf(employeeId) + " will be an ambassador for the next cohort.");
  }
}
