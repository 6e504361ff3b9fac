package org.flipside.sandbox.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.flipside.api.Stage;

/** How the sandbox writes dates, durations, shares and stage names. */
public final class Formats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

  private Formats() {}

  /** Such as "Mon 4 Jan 2027 09:00" (UTC, the sandbox's one time zone). */
  public static String dateTime(Instant instant) {
    return DATE_TIME.format(instant);
  }

  /** Such as "4 Jan 2027". */
  public static String date(Instant instant) {
    return DATE.format(instant);
  }

  /** Such as "3.2 s" or "1 min 4.0 s". */
  public static String duration(Duration duration) {
    double seconds = duration.toMillis() / 1000.0;
    if (seconds < 60) {
      return String.format(Locale.UK, "%.1f s", seconds);
    }
    return String.format(Locale.UK, "%d min %.1f s", (long) seconds / 60, seconds % 60);
  }

  /** A share from 0 to 1 as a percentage, such as "11.0%". */
  public static String percent(double share) {
    return String.format(Locale.UK, "%.1f%%", 100 * share);
  }

  /** A stage in words, such as "Kick-off workshops". */
  public static String stage(Stage stage) {
    return switch (stage) {
      case PILOT_SCOPING -> "Pilot scoping";
      case RECRUITMENT -> "Recruitment";
      case MATCHING -> "Matching";
      case KICK_OFF_WORKSHOPS -> "Kick-off workshops";
      case SESSIONS -> "Sessions";
      case EVALUATION -> "Evaluation";
      case ROLLOUT -> "Rollout";
      case CLOSED -> "Closed";
      case CANCELLED -> "Cancelled";
    };
  }
}
