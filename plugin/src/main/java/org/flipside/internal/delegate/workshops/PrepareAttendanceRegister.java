package org.flipside.internal.delegate.workshops;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
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
    Workshop workshop = WorkshopInvitees.workshop(context, Variables.require(execution, Vars.WORKSHOP_ID));
    Variables.set(execution, Vars.WORKSHOP_TITLE, workshop.getTitle() + " on " + workshop.getScheduledAt());
    Variables.set(execution, Vars.ATTENDEE_OPTIONS, Variables.options(WorkshopInvitees.of(context, workshop),
        Participant::getId, participant -> context.directory().nameOf(participant.getEmployeeId())));
  }
}
