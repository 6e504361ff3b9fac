package org.flipside.internal.delegate.workshops;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.model.Participant;
import org.flipside.model.Workshop;

/**
 * A workshop's or knowledge session's attendance register. The engine knows only the workshop's id: the form shows
 * its title and its invitees by name from Flipside's tables, and what it submits, the ids of those who came, is
 * saved by the step after it.
 */
public final class AttendanceRegister implements AnswerStore {

  private final DelegateContext context;
  private final TaskVariables variables;

  public AttendanceRegister(DelegateContext context, TaskVariables variables) {
    this.context = context;
    this.variables = variables;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.WORKSHOP_ATTENDANCE.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    Workshop workshop = EventInvitees.event(context, variables.get(task.getId(), Vars.WORKSHOP_ID));
    Map<String, Object> shown = new HashMap<>();
    shown.put(Vars.WORKSHOP_TITLE.name(), workshop.getTitle() + " on " + workshop.getScheduledAt());
    shown.put(Vars.ATTENDEE_OPTIONS.name(), Variables.options(EventInvitees.of(context, workshop),
        Participant::getId, participant -> context.directory().nameOf(participant.getEmployeeId())));
    return shown;
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    return SteeringAnswers.except(values);
  }
}
