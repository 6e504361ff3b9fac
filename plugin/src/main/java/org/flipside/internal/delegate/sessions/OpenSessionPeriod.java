package org.flipside.internal.delegate.sessions;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;

/**
 * Opens the next session period. The first starts when the programme's sessions start (or now, if
 * that has passed); each lasts one cadence, the programme's. Whoever arranges the meetings is
 * reminded a week before the period ends, or halfway through a period shorter than two weeks.
 */
public final class OpenSessionPeriod implements JavaDelegate {

  private static final Duration REMINDER_LEAD = Duration.ofDays(7);

  private final DelegateContext context;

  public OpenSessionPeriod(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int period = Variables.answer(execution, Vars.PERIOD_NUMBER) + 1;
    Instant start = context.now();
    if (period == 1) {
      Pairing pairing = context.pairing(execution);
      Instant sessionsStart = pairing.getCohort().getProgramme().getSessionsStart()
          .atStartOfDay(ZoneOffset.UTC).toInstant();
      start = sessionsStart.isAfter(start) ? sessionsStart : start;
    }
    Instant end = start.atZone(ZoneOffset.UTC)
        .plus(Period.parse(Variables.require(execution, Vars.SESSION_CADENCE))).toInstant();
    Instant weekBefore = end.minus(REMINDER_LEAD);
    Instant reminder = weekBefore.isAfter(start) ? weekBefore : start.plus(Duration.between(start, end).dividedBy(2));
    Variables.set(execution, Vars.PERIOD_NUMBER, period);
    Variables.set(execution, Vars.PERIOD_END, end);
    Variables.set(execution, Vars.REMINDER_AT, reminder);
  }
}
