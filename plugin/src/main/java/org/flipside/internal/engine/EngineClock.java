package org.flipside.internal.engine;

import java.time.Clock;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.joda.time.DateTimeUtils;

/**
 * Makes each embedded engine read the time from its own host's {@link Clock}, so timers fall due on a
 * simulated clock as they would on the real one, and two Flipsides in one JVM keep their own time.
 *
 * <p>Camunda reads time through Joda's {@link DateTimeUtils}, one setting for the whole class loader. That
 * setting is pointed once at the clock of the engine whose command runs on the current thread; each engine's
 * commands pass through its own {@link #of(Clock) interceptor}, which names its clock for their duration.
 * Outside any command, and for a system clock, the time is the system's.
 */
public final class EngineClock extends CommandInterceptor {

  private static final ThreadLocal<Clock> RUNNING = new ThreadLocal<>();

  static {
    DateTimeUtils.setCurrentMillisProvider(() -> {
      Clock clock = RUNNING.get();
      return clock == null ? System.currentTimeMillis() : clock.millis();
    });
  }

  private final Clock clock;

  private EngineClock(Clock clock) {
    this.clock = clock;
  }

  /** The interceptor that runs an engine's commands on the given clock. */
  public static EngineClock of(Clock clock) {
    return new EngineClock(clock);
  }

  @Override
  public <T> T execute(Command<T> command) {
    Clock outer = RUNNING.get();
    RUNNING.set(clock);
    try {
      return next.execute(command);
    } finally {
      if (outer == null) {
        RUNNING.remove();
      } else {
        RUNNING.set(outer);
      }
    }
  }
}
