package org.flipside.internal.engine;

import java.time.Clock;
import org.joda.time.DateTimeUtils;

/**
 * Makes the embedded engine read the time from the host's {@link Clock}, so timers fall due on a
 * simulated clock as they would on the real one.
 *
 * <p>Camunda reads time through Joda's {@link DateTimeUtils}; the engine is embedded privately, so
 * this setting belongs to Flipside alone. A system clock leaves Joda untouched.
 */
public final class EngineClock {

  private EngineClock() {}

  /** Points the engine at the clock, unless it is the system clock. */
  public static void install(Clock clock) {
    if (isSystemClock(clock)) {
      DateTimeUtils.setCurrentMillisSystem();
    } else {
      DateTimeUtils.setCurrentMillisProvider(clock::millis);
    }
  }

  /** Returns the engine to the system clock. */
  public static void uninstall() {
    DateTimeUtils.setCurrentMillisSystem();
  }

  private static boolean isSystemClock(Clock clock) {
    // every system clock, whatever its zone, is of the JDK's one system clock class
    return clock.getClass() == Clock.systemUTC().getClass();
  }
}
