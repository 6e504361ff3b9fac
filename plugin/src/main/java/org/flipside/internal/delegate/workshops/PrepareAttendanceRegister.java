package org.flipside.internal.delegate.workshops;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Participant;
import org.flipside.model.Workshop;

/** Lists a workshop's invitees for the attendance register. */
public final class PrepareAttendanceRegister implements JavaDelegate {

  private final DelegateContext context;

  public PrepareAttendanceRegister(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Workshop workshop = WorkshopInvitees.workshop(context, Variables.string(execution, "workshopId"));
    execution.setVariable("workshopTitle", workshop.getTitle() + " on " + workshop.getScheduledAt());
    execution.setVariable("attendeeOptions", Variables.options(WorkshopInvitees.of(context, workshop),
        Participant::getId, participant -> context.directory().nameOf(participant.getEmployeeId())));
  }
}
