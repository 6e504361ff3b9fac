package org.flipside.sandbox;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.flipside.api.DueWork;
import org.flipside.sandbox.simulation.SimulatedClock;

/**
 * The served sandbox's time: the simulated clock runs on with real time, once a second, and whatever timed work falls
 * due runs, as a host scheduler runs Flipside's timed work; a person may move it on by hand, days or weeks at once.
 */
final class ServedClock implements AutoCloseable {

  /** The longest step by hand: a programme runs for months, and each step runs the work that fell due meanwhile. */
  static final Duration LONGEST_STEP = Duration.ofDays(92);

  private final SimulatedClock clock;
  private final DueWork dueWork;
  private final PrintWriter err;
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "sandbox-clock");
    thread.setDaemon(true);
    return thread;
  });
  private long lastTick = System.nanoTime();

  ServedClock(SimulatedClock clock, DueWork dueWork, PrintWriter err) {
    this.clock = clock;
    this.dueWork = dueWork;
    this.err = err;
  }

  /** Starts the clock running with real time. */
  void start() {
    lastTick = System.nanoTime();
    ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  /**
   * Moves the clock on and runs the timed work that fell due, step by step, so each piece runs at its own time.
   *
   * @param duration how far, more than nothing and at most {@link #LONGEST_STEP}
   * @return the time the clock then shows
   * @throws IllegalArgumentException for a duration out of those bounds
   */
  synchronized Instant advance(Duration duration) {
    if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST_STEP) > 0) {
      throw new IllegalArgumentException("the clock moves on by more than nothing and at most "
          + LONGEST_STEP.toDays() + " days, not " + duration);
    }
    Instant target = clock.instant().plus(duration);
    Optional<Instant> due = dueWork.nextDueAt().filter(next -> !next.isAfter(target));
    while (due.isPresent()) {
      boolean moved = clock.advanceTo(due.get());
      int ran = dueWork.runDue();
      if (!moved && ran == 0) {
        break; // work that stays due without running is failing; the ticker keeps trying it
      }
      due = dueWork.nextDueAt().filter(next -> !next.isAfter(target));
    }
    clock.advanceTo(target);
    dueWork.runDue();
    return clock.instant();
  }

  private synchronized void tick() {
    long now = System.nanoTime();
    clock.advance(Duration.ofNanos(now - lastTick));
    lastTick = now;
    try {
      dueWork.runDue();
    } catch (RuntimeException e) {
      // the next tick tries again; a host scheduler would do the same
      err.println("Timed work failed at " + clock.instant() + ": " + e.getMessage());
      err.flush();
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
