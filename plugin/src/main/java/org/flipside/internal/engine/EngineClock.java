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

  private static Clock installed;
  private static int holders;

  /**
   * Points the engine at the clock, unless it is the system clock. Flipsides sharing a JVM share Joda's clock, so
   * each that installs the same clock holds it until {@link #release} and the last one lets it go.
   */
  public static synchronized void install(Clock clock) {
    if (clock != installed) {
      installed = clock;
      holders = 0;
      if (isSystemClock(clock)) {
        DateTimeUtils.setCurrentMillisSystem();
      } else {
        DateTimeUtils.setCurrentMillisProvider(clock::millis);
      }
    }
    holders++;
  }

  /** Returns the engine to the system clock once no Flipside in this JVM holds the clock any more. */
  public static synchronized void release(Clock clock) {
    if (clock == installed && --holders == 0) {
      installed = null;
      DateTimeUtils.setCurrentMillisSystem();
    }
  }

  private static boolean isSystemClock(Clock clock) {
    // every system clock, whatever its zone, is of the JDK's one system clock class
    return clock.getClass() == Clock.systemUTC().getClass();
  }
}
