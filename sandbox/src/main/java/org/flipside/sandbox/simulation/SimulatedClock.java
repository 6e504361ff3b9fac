package org.flipside.sandbox.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until the simulation moves it, so months of a programme pass in
 * seconds. Time only moves forward: Flipside's timers and history must never see it run back.
 * Views in other zones made with {@link #withZone(ZoneId)} share the same time.
 */
public final class SimulatedClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** A UTC clock showing {@code start}. */
  public SimulatedClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private SimulatedClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Moves the clock on.
   *
   * @param duration how far, zero or more
   * @throws IllegalArgumentException for a negative duration
   */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the simulated clock cannot go back, not even by " + duration.negated());
    }
    now.updateAndGet(current -> current.plus(duration));
  }

  /**
   * Moves the clock to an instant, or leaves it where it is when that instant has already passed.
   *
   * @param instant where the clock should show at least
   * @return whether the clock moved
   */
  public boolean advanceTo(Instant instant) {
    Instant before = now.getAndAccumulate(instant, (current, wanted) -> wanted.isAfter(current) ? wanted : current);
    return instant.isAfter(before);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId otherZone) {
    return otherZone.equals(zone) ? this : new SimulatedClock(now, otherZone);
  }
}
