package org.flipside.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.flipside.api.DueWork;
import org.flipside.sandbox.simulation.SimulatedClock;
import org.junit.jupiter.api.Test;

class ServedClockTest {

  private static final Instant START = Instant.parse("2027-01-04T09:00:00Z");

  /** Timed work as a host sees it: each piece runs once the clock has reached it. */
  private static final class Timers implements DueWork {
    final TreeSet<Instant> due = new TreeSet<>();
    final List<Instant> ranAt = new ArrayList<>();
    final SimulatedClock clock;

    Timers(SimulatedClock clock) {
      this.clock = clock;
    }

    @Override
    public int runDue() {
      int ran = 0;
      while (!due.isEmpty() && !due.first().isAfter(clock.instant())) {
        due.pollFirst();
        ranAt.add(clock.instant());
        ran++;
      }
      return ran;
    }

    @Override
    public Optional<Instant> nextDueAt() {
      return due.isEmpty() ? Optional.empty() : Optional.of(due.first());
    }
  }

  private final SimulatedClock clock = new SimulatedClock(START);
  private final Timers timers = new Timers(clock);
  private final ServedClock served = new ServedClock(clock, timers, new PrintWriter(new StringWriter()));

  @Test
  void movingOnRunsEachPieceOfTimedWorkAtItsOwnTimeAndStopsWhereAsked() {
    Instant windowCloses = START.plus(Duration.ofDays(3));
    Instant reminder = START.plus(Duration.ofDays(5));
    Instant nextMonth = START.plus(Duration.ofDays(31));
    timers.due.addAll(List.of(windowCloses, reminder, nextMonth));

    assertThat(served.advance(Duration.ofDays(7))).isEqualTo(START.plus(Duration.ofDays(7)));
    assertThat(timers.ranAt).containsExactly(windowCloses, reminder);
    assertThat(timers.due).containsExactly(nextMonth);
  }

  @Test
  void refusesToStandStillOrToLeapMoreThanAQuarter() {
    assertThatThrownBy(() -> served.advance(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> served.advance(Duration.ofDays(93))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("92 days");
    assertThat(clock.instant()).isEqualTo(START);
  }
}
