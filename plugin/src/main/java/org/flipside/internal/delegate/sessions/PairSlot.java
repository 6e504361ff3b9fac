package org.flipside.internal.delegate.sessions;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When to suggest a pair's next session: the first half-day from tomorrow that both partners said they are available
 * in when they applied ({@code "tue-am"}, {@code "thu-pm"}); failing that, one of the arranger's, then one of the
 * partner's; and with no availability declared, the next working day's morning. Mornings start at 10:00 and
 * afternoons at 14:00 UTC: the directory gives no time zone.
 */
final class PairSlot {

  static final LocalTime MORNING = LocalTime.of(10, 0);
  static final LocalTime AFTERNOON = LocalTime.of(14, 0);
  private static final int DAYS_LOOKED_AHEAD = 7;

  private PairSlot() {}

  /** The suggested start after {@code now}, from the arranger's and the partner's declared slots. */
  static Instant suggest(Instant now, Set<String> arranger, Set<String> partner) {
    Set<String> shared = new LinkedHashSet<>(arranger);
    shared.retainAll(partner);
    for (Set<String> slots : List.of(shared, arranger, partner)) {
      Instant start = firstOf(now, slots);
      if (start != null) {
        return start;
      }
    }
    return firstOf(now, Set.of("mon-am", "tue-am", "wed-am", "thu-am", "fri-am"));
  }

  private static Instant firstOf(Instant now, Set<String> slots) {
    if (slots.isEmpty()) {
      return null;
    }
    ZonedDateTime day = now.atZone(ZoneOffset.UTC).plusDays(1);
    for (int ahead = 0; ahead < DAYS_LOOKED_AHEAD; ahead++, day = day.plusDays(1)) {
      for (LocalTime time : new LocalTime[] {MORNING, AFTERNOON}) {
        if (slots.contains(word(day.getDayOfWeek(), time))) {
          return day.with(time).toInstant();
        }
      }
    }
    return null;
  }

  /** The application form's word for a half-day, such as {@code "tue-am"}. */
  private static String word(DayOfWeek day, LocalTime time) {
    return day.name().substring(0, 3).toLowerCase(Locale.ROOT) + (time.equals(MORNING) ? "-am" : "-pm");
  }
}
