package org.flipside.sandbox.simulation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;

/**
 * When simulated people act: on weekdays between 09:00 and 17:00 (UTC, as the whole sandbox),
 * which keeps the printed timeline believable.
 */
final class WorkingHours {

  private static final LocalTime OPENS = LocalTime.of(9, 0);
  private static final LocalTime CLOSES = LocalTime.of(17, 0);
  private static final int WORKING_MINUTES = 8 * 60;

  private WorkingHours() {}

  /**
   * A moment some random time between {@code min} and {@code max} after {@code from}, moved into
   * working hours: later when that stays within {@code max}, earlier when that stays after {@code
   * min} (so an answer planned before a deadline stays before it), else the first working moment
   * after {@code min}; left as it is only when no working moment lies in between.
   */
  static Instant between(Instant from, Duration min, Duration max, Random random) {
    Instant earliest = from.plus(min);
    Instant latest = from.plus(max);
    long spanSeconds = Math.max(0, max.minus(min).toSeconds());
    Instant target = earliest.plusSeconds((long) (random.nextDouble() * spanSeconds));
    Instant later = atOrAfter(target, random);
    if (!later.isAfter(latest)) {
      return later;
    }
    Instant earlier = atOrBefore(target, random);
    if (!earlier.isBefore(earliest)) {
      return earlier;
    }
    Instant first = atOrAfter(earliest, random);
    return first.isAfter(latest) ? target : first;
  }

  /** The moment itself when it falls in working hours, otherwise a random time in the next working hours. */
  static Instant atOrAfter(Instant moment, Random random) {
    ZonedDateTime at = moment.atZone(ZoneOffset.UTC);
    LocalDate day = at.toLocalDate();
    LocalTime time = at.toLocalTime();
    if (isWorkingDay(day) && !time.isBefore(OPENS) && time.isBefore(CLOSES)) {
      return moment;
    }
    if (!isWorkingDay(day) || !time.isBefore(CLOSES)) {
      day = nextWorkingDay(day);
    }
    return day.atTime(OPENS.plusMinutes(random.nextInt(WORKING_MINUTES))).toInstant(ZoneOffset.UTC);
  }

  /** The moment itself when it falls in working hours, otherwise a random time in the last working hours before it. */
  static Instant atOrBefore(Instant moment, Random random) {
    ZonedDateTime at = moment.atZone(ZoneOffset.UTC);
    LocalDate day = at.toLocalDate();
    LocalTime time = at.toLocalTime();
    if (isWorkingDay(day) && !time.isBefore(OPENS) && time.isBefore(CLOSES)) {
      return moment;
    }
    if (!isWorkingDay(day) || time.isBefore(OPENS)) {
      day = previousWorkingDay(day);
    }
    return day.atTime(OPENS.plusMinutes(random.nextInt(WORKING_MINUTES))).toInstant(ZoneOffset.UTC);
  }

  private static LocalDate previousWorkingDay(LocalDate day) {
    LocalDate previous = day.minusDays(1);
    while (!isWorkingDay(previous)) {
      previous = previous.minusDays(1);
    }
    return previous;
  }

  private static LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  private static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
