package org.flipside.internal.delegate.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Cohort;
import org.flipside.model.Programme;
import org.flipside.spi.Employee;

/**
 * Opens a cohort's application window: invites every employee in the bands the programme
 * recruits from who has not taken part in an earlier cohort.
 */
public final class OpenRecruitment implements JavaDelegate {

  private final DelegateContext context;

  public OpenRecruitment(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = context.programme(Variables.string(execution, "programmeId"));
    Instant deadline = context.now().plus(Duration.ofDays(programme.getApplicationWindowDays()));
    Cohort cohort = context.data().cohorts().save(
        new Cohort(programme, context.data().cohorts().nextNumber(programme.getId()), deadline, context.now()));

    Set<String> earlierApplicants = context.data().applications().employeesWhoApplied(programme.getId());
    List<String> invitees = context.directory().employees().stream()
        .filter(Employee::employed)
        .filter(employee -> employee.band() <= programme.getMentorMaximumBand()
            || employee.band() >= programme.getMenteeMinimumBand())
        .map(Employee::id)
        .filter(id -> !earlierApplicants.contains(id))
        .sorted()
        .toList();

    execution.setVariable("cohortId", cohort.getId());
    execution.setVariable("invitees", Variables.list(invitees));
    execution.setVariable("applicationDeadline", Variables.timerDate(deadline));
    for (String invitee : invitees) {
      context.notifications().send(invitee, "invitation-to-apply",
          "You're invited to apply: " + programme.getName(),
          "Apply as a " + programme.getMentorLabel() + " or a " + programme.getMenteeLabel()
              + " by " + deadline + ". Your application is in your task list.");
    }
  }
}
