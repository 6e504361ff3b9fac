package org.flipside.internal.delegate.sessions;

import java.time.Period;

/**
 * A pair's rhythm in session periods: how many periods of a cadence fit in a programme's duration, which one holds
 * its midpoint, how the rest of a journey is replanned when the pair agrees another frequency, and how many of its
 * periods missed in a row take the pair below the programme's minimum frequency.
 */
final class SessionPeriods {

  private static final double DAYS_PER_MONTH = 365.25 / 12;

  private SessionPeriods() {}

  static int planned(int durationMonths, String cadence) {
    return Math.max(1, (int) Math.round(durationMonths * DAYS_PER_MONTH / days(cadence)));
  }

  /**
   * The periods of a journey after its frequency changed from {@code before} to {@code after} at the end of
   * period {@code current}: the periods done, and the time the rest of the plan had left in periods of the new
   * frequency. The first agreement ({@code current} 0) plans the whole duration afresh.
   */
  static int replanned(int durationMonths, int current, int plannedBefore, String before, String after) {
    if (current == 0) {
      return planned(durationMonths, after);
    }
    double daysLeft = Math.max(0, plannedBefore - current) * days(before);
    return current + (int) Math.round(daysLeft / days(after));
  }

  /**
   * How many of the pair's periods missed in a row leave it longer than one of the programme's minimum periods
   * without a session: never fewer than two, which is what a pair meeting at the minimum gets.
   */
  static int checkInAfterMissed(String pairCadence, String minimumCadence) {
    double pair = days(pairCadence);
    double minimum = days(minimumCadence);
    int missed = 2;
    while (missed * pair <= minimum) {
      missed++;
    }
    return missed;
  }

  /** Whether a pair meeting every {@code cadence} meets at least as often as every {@code minimum}. */
  static boolean meetsAtLeast(String cadence, String minimum) {
    return days(cadence) <= days(minimum);
  }

  /** A cadence's length in days, a month counting as a twelfth of a year. */
  private static double days(String cadence) {
    Period period = Period.parse(cadence);
    return period.toTotalMonths() * DAYS_PER_MONTH + period.getDays();
  }

  /** The period that starts at the programme's midpoint: the fourth of six, the first of one. */
  static int midpoint(int plannedPeriods) {
    return plannedPeriods / 2 + 1;
  }
}
