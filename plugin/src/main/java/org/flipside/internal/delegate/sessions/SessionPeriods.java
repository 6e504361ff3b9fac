package org.flipside.internal.delegate.sessions;

import java.time.Period;

/** How many session periods of a cadence fit in a programme's duration, and which one holds its midpoint. */
final class SessionPeriods {

  private static final double DAYS_PER_MONTH = 365.25 / 12;

  private SessionPeriods() {}

  static int planned(int durationMonths, String cadence) {
    Period period = Period.parse(cadence);
    double cadenceDays = period.toTotalMonths() * DAYS_PER_MONTH + period.getDays();
    return Math.max(1, (int) Math.round(durationMonths * DAYS_PER_MONTH / cadenceDays));
  }

  /** The period that starts at the programme's midpoint: the fourth of six, the first of one. */
  static int midpoint(int plannedPeriods) {
    return plannedPeriods / 2 + 1;
  }
}
