package org.flipside.internal.delegate.sessions;

import java.time.Period;

/** How many session periods of a cadence fit in a programme's duration. */
final class SessionPeriods {

  private static final double DAYS_PER_MONTH = 365.25 / 12;

  private SessionPeriods() {}

  static int planned(int durationMonths, String cadence) {
    Period period = Period.parse(cadence);
    double cadenceDays = period.toTotalMonths() * DAYS_PER_MONTH + period.getDays();
    return Math.max(1, (int) Math.round(durationMonths * DAYS_PER_MONTH / cadenceDays));
  }
}
