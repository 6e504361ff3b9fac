package org.flipside.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

  private final Random random = new Random(1);

  @Test
  void keepsAMomentInsideWorkingHours() {
    Instant tuesdayMorning = Instant.parse("2027-01-05T10:15:00Z");

    assertThat(WorkingHours.atOrAfter(tuesdayMorning, random)).isEqualTo(tuesdayMorning);
  }

  @Test
  void movesAWeekendToMondayDuringWorkingHours() {
    ZonedDateTime moved = WorkingHours.atOrAfter(Instant.parse("2027-01-09T11:00:00Z"), random).atZone(ZoneOffset.UTC);

    assertThat(moved.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(moved.toLocalDate()).hasToString("2027-01-11");
    assertThat(moved.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 0));
  }

  @Test
  void movesAnEveningToTheNextWorkingDayAndAnEarlyMorningToLaterThatDay() {
    ZonedDateTime fromFridayEvening = WorkingHours.atOrAfter(Instant.parse("2027-01-08T19:00:00Z"), random)
        .atZone(ZoneOffset.UTC);
    ZonedDateTime fromEarlyMorning = WorkingHours.atOrAfter(Instant.parse("2027-01-06T06:00:00Z"), random)
        .atZone(ZoneOffset.UTC);

    assertThat(fromFridayEvening.toLocalDate()).hasToString("2027-01-11");
    assertThat(fromEarlyMorning.toLocalDate()).hasToString("2027-01-06");
    assertThat(fromEarlyMorning.toLocalTime()).isAfterOrEqualTo(LocalTime.of(9, 0));
  }

  @Test
  void aDelayedMomentIsNeverBeforeTheShortestDelay() {
    Instant from = Instant.parse("2027-01-05T16:30:00Z");
    for (int i = 0; i < 100; i++) {
      Instant at = WorkingHours.between(from, Duration.ofHours(2), Duration.ofDays(3), random);
      assertThat(at).isAfterOrEqualTo(from.plus(Duration.ofHours(2)));
      assertThat(at.atZone(ZoneOffset.UTC).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
  }

  @Test
  void aDelayedMomentStaysBeforeItsLatestWhenWorkingHoursAllow() {
    Instant fridayMorning = Instant.parse("2027-01-08T10:00:00Z");
    for (int i = 0; i < 100; i++) {
      Instant at = WorkingHours.between(fridayMorning, Duration.ofHours(1), Duration.ofDays(2), random);
      assertThat(at).isBetween(fridayMorning.plus(Duration.ofHours(1)), fridayMorning.plus(Duration.ofDays(2)));
    }
  }

  @Test
  void movesAWeekendBackToFridayWhenAskedForTheMomentBefore() {
    ZonedDateTime moved = WorkingHours.atOrBefore(Instant.parse("2027-01-10T11:00:00Z"), random).atZone(ZoneOffset.UTC);

    assertThat(moved.toLocalDate()).hasToString("2027-01-08");
    assertThat(moved.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 0));
  }

  @Test
  void aShortSpanBeforeAWeekendStaysInFridaysWorkingHours() {
    Instant fridayNoon = Instant.parse("2027-01-08T12:00:00Z");
    for (int i = 0; i < 100; i++) {
      ZonedDateTime at = WorkingHours.between(fridayNoon, Duration.ofHours(1), Duration.ofDays(2), random)
          .atZone(ZoneOffset.UTC);
      assertThat(at.toLocalDate()).hasToString("2027-01-08");
      assertThat(at.toLocalTime()).isBetween(LocalTime.of(13, 0), LocalTime.of(17, 0));
    }
  }
}
