package org.flipside.internal.delegate.sessions;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Decisions;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;

/**
 * Opens the next session period. The first starts when the programme's sessions start (or now, if
 * that has passed), each later one when the one before ended; each lasts one cadence, the pair's. The reminder decision says how long before the
 * period ends whoever arranges the meetings is reminded; a reminder that would come before the period starts
 * comes halfway through it instead.
 */
public final class OpenSessionPeriod implements JavaDelegate {

  private final DelegateContext context;

  public OpenSessionPeriod(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int period = Variables.answer(execution, Vars.PERIOD_NUMBER) + 1;
    String cadence = Variables.require(execution, Vars.SESSION_CADENCE);
    Instant now = context.now();
    Instant start = now;
    if (period == 1) {
      Pairing pairing = context.pairing(execution);
      Instant sessionsStart = pairing.getCohort().getProgramme().getSessionsStart()
          .atStartOfDay(ZoneOffset.UTC).toInstant();
      start = sessionsStart.isAfter(start) ? sessionsStart : start;
    } else {
      start = followingOn(Variables.optional(execution, Vars.PERIOD_END), now, cadence);
    }
    Instant end = plus(start, cadence);
    Instant decided = end.minus(remindBefore(execution, cadence));
    Instant reminder = decided.isAfter(start) ? decided : start.plus(Duration.between(start, end).dividedBy(2));
    Variables.set(execution, Vars.PERIOD_NUMBER, period);
    Variables.set(execution, Vars.PERIOD_END, end);
    Variables.set(execution, Vars.REMINDER_AT, reminder);
  }

  /**
   * A period starts when the one before ended, though its timer ran later (a job executor catching up, a host that
   * called late): the pair's calendar does not drift. Only after a whole period more has passed, as after a long
   * stop, does it start now.
   */
  static Instant followingOn(Instant previousEnd, Instant now, String cadence) {
    return previousEnd != null && !previousEnd.isAfter(now) && plus(previousEnd, cadence).isAfter(now)
        ? previousEnd : now;
  }

  private static Instant plus(Instant moment, String cadence) {
    return moment.atZone(ZoneOffset.UTC).plus(Period.parse(cadence)).toInstant();
  }

  /** The newest reminder decision's answer for the cadence. */
  private static Duration remindBefore(DelegateExecution execution, String cadence) {
    DmnDecisionRuleResult answer = execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionTableByKey(Decisions.REMINDER_CADENCE.key(),
            Map.of(Vars.SESSION_CADENCE.name(), cadence))
        .getFirstResult();
    Object remindBefore = answer == null ? null : answer.get(Decisions.REMIND_BEFORE.name());
    if (remindBefore == null) {
      throw new IllegalStateException("the reminder decision " + Decisions.REMINDER_CADENCE.key()
          + " has no answer for the cadence " + cadence);
    }
    return Duration.parse(remindBefore.toString());
  }
}
