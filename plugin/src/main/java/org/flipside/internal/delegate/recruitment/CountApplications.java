package org.flipside.internal.delegate.recruitment;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.ParticipantRole;

/**
 * Counts the eligible applications once the window has closed and lists them for the HR admin's
 * review.
 */
public final class CountApplications implements JavaDelegate {

  private final DelegateContext context;

  public CountApplications(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Application> eligible = context.data().applications()
        .findByCohortAndStatus(Variables.string(execution, "cohortId"), ApplicationStatus.ELIGIBLE);
    execution.setVariable("mentorApplicants", count(eligible, ParticipantRole.MENTOR));
    execution.setVariable("menteeApplicants", count(eligible, ParticipantRole.MENTEE));
    execution.setVariable("applicationOptions", Variables.options(eligible, Application::getId, this::label));
  }

  private static int count(List<Application> applications, ParticipantRole role) {
    return (int) applications.stream().filter(application -> application.getRole() == role).count();
  }

  private String label(Application application) {
    return context.directory().nameOf(application.getEmployeeId())
        + " — " + application.getRole().name().toLowerCase()
        + ", band " + application.getBand() + ", " + application.getDepartment();
  }
}
