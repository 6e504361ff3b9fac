package org.flipside.internal.delegate.workshops;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Participant;
import org.flipside.model.Workshop;

/** Records who attended a workshop and who did not. */
public final class SaveAttendance implements JavaDelegate {

  private final DelegateContext context;

  public SaveAttendance(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Workshop workshop = EventInvitees.event(context, Variables.require(execution, Vars.WORKSHOP_ID));
    Set<String> attended = new HashSet<>(Variables.list(execution, Vars.ATTENDEE_IDS));
    for (Participant participant : EventInvitees.of(context, workshop)) {
      workshop.recordAttendance(participant, attended.contains(participant.getId()), context.now());
    }
  }
}
