package org.flipside.internal.delegate.recruitment;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.ParticipantRole;

/**
 * Counts the eligible applications once the window has closed, for the HR admin's review (whose form lists them
 * from Flipside's tables).
 */
public final class CountApplications implements JavaDelegate {

  private final DelegateContext context;

  public CountApplications(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Application> eligible = context.data().applications()
        .findByCohortAndStatus(Variables.require(execution, Vars.COHORT_ID), ApplicationStatus.ELIGIBLE);
    Variables.set(execution, Vars.MENTOR_APPLICANTS, count(eligible, ParticipantRole.MENTOR));
    Variables.set(execution, Vars.MENTEE_APPLICANTS, count(eligible, ParticipantRole.MENTEE));
  }

  private static int count(List<Application> applications, ParticipantRole role) {
    return (int) applications.stream().filter(application -> application.getRole() == role).count();
  }
}
