package org.flipside.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {

  private static final Instant START = Instant.parse("2027-01-04T09:00:00Z");

  private final SimulatedClock clock = new SimulatedClock(START);

  @Test
  void standsStillUntilMoved() {
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void advancesByADuration() {
    clock.advance(Duration.ofDays(30));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2027-02-03T09:00:00Z"));
  }

  @Test
  void refusesToGoBack() {
    assertThatThrownBy(() -> clock.advance(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot go back");
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void advancesToALaterInstantAndIgnoresAnEarlierOne() {
    assertThat(clock.advanceTo(Instant.parse("2027-03-01T00:00:00Z"))).isTrue();
    assertThat(clock.advanceTo(START)).isFalse();
    assertThat(clock.advanceTo(Instant.parse("2027-03-01T00:00:00Z"))).isFalse();

    assertThat(clock.instant()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
  }

  @Test
  void aViewInAnotherZoneSharesTheTime() {
    Clock london = clock.withZone(ZoneId.of("Europe/London"));

    clock.advance(Duration.ofHours(5));

    assertThat(london.instant()).isEqualTo(clock.instant());
    assertThat(london.getZone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
  }
}
