package org.flipside.internal.delegate.sessions;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Answers;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.FormChoices;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;
import org.flipside.model.SessionRecord;

/**
 * Records that a session took place (when, how long, in what format) or that it did not. What was
 * said is never asked for and never stored.
 */
public final class RecordSession implements JavaDelegate {

  private final DelegateContext context;

  public RecordSession(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(execution);
    int period = Variables.answer(execution, Vars.PERIOD_NUMBER);
    if (!Answers.YES.equals(Variables.require(execution, Vars.HELD))) {
      context.data().sessions().add(SessionRecord.missed(pairing, period, context.now()));
      Variables.set(execution, Vars.MISSED_IN_A_ROW,
          MissedRun.of(context.data().sessions().findByPairing(pairing.getId())));
      return;
    }
    LocalDate heldOn = Variables.optional(execution, Vars.HELD_ON);
    Integer minutes = Variables.optional(execution, Vars.DURATION_MINUTES);
    String format = Variables.optional(execution, Vars.FORMAT);
    List<FieldError> errors = new ArrayList<>();
    if (heldOn == null) {
      errors.add(new FieldError(Vars.HELD_ON.name(), "is required when the session was held"));
    } else if (heldOn.isAfter(LocalDate.ofInstant(context.now(), ZoneOffset.UTC))) {
      errors.add(new FieldError(Vars.HELD_ON.name(), "must not be in the future"));
    } else if (sessionsStart(pairing) != null && heldOn.isBefore(sessionsStart(pairing))) {
      errors.add(new FieldError(Vars.HELD_ON.name(),
          "must not be before the programme's sessions start on " + sessionsStart(pairing)));
    }
    if (minutes == null) {
      errors.add(new FieldError(Vars.DURATION_MINUTES.name(), "is required when the session was held"));
    }
    if (format == null) {
      errors.add(new FieldError(Vars.FORMAT.name(), "is required when the session was held"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    context.data().sessions().add(SessionRecord.held(pairing, period, heldOn, minutes,
        FormChoices.meetingFormat(format), Variables.optional(execution, Vars.COMPLETED_BY),
        context.now()));
    Variables.set(execution, Vars.MISSED_IN_A_ROW, 0);
  }

  /** A session counts only inside the programme's session window, which opens on this day. */
  private static LocalDate sessionsStart(Pairing pairing) {
    return pairing.getCohort().getProgramme().getSessionsStart();
  }
}
