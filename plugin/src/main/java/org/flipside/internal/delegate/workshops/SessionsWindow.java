package org.flipside.internal.delegate.workshops;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.flipside.model.Programme;

/**
 * When the sessions stage runs, as the group learning beside it sees it: from the programme's
 * start date (or now, if that has passed) for the programme's duration.
 *
 * @param begins when the sessions begin
 * @param ends when the programme's duration is over
 */
record SessionsWindow(Instant begins, Instant ends) {

  static SessionsWindow of(Programme programme, Instant now) {
    Instant start = programme.getSessionsStart().atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant begins = start.isAfter(now) ? start : now;
    return new SessionsWindow(begins,
        begins.atZone(ZoneOffset.UTC).plusMonths(programme.getDurationMonths()).toInstant());
  }

  /** The end of the first session period. */
  Instant firstPeriodEnds(Programme programme) {
    return begins.atZone(ZoneOffset.UTC).plus(Period.parse(programme.getSessionCadence())).toInstant();
  }
}
