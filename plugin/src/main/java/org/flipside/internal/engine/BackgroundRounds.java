package org.flipside.internal.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flipside's own periodic work when it runs its own timed work (the postman's retries, the retention sweep): each
 * round on a fixed delay on one daemon thread, so no host call is needed for it. A failed round is logged and tried
 * again at its next turn. Closing stops the thread.
 */
public final class BackgroundRounds implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundRounds.class);

  private final ScheduledExecutorService rounds;

  /** A thread with no rounds yet. */
  public BackgroundRounds() {
    ClassLoader pluginClassLoader = BackgroundRounds.class.getClassLoader();
    rounds = Executors.newSingleThreadScheduledExecutor(work -> {
      Thread thread = new Thread(work, "flipside-rounds");
      thread.setContextClassLoader(pluginClassLoader);
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Adds a round.
   *
   * @param what what the round does, for the log
   * @param first how long after start it first runs
   * @param every how long after one run ends the next begins
   */
  public BackgroundRounds every(Duration every, Duration first, String what, Runnable work) {
    rounds.scheduleWithFixedDelay(() -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        LOG.warn("{} failed; it tries again in {}: {}", what, every, e.toString());
      }
    }, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  @Override
  public void close() {
    rounds.shutdownNow();
    try {
      rounds.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
