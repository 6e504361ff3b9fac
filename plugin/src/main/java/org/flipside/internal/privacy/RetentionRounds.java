package org.flipside.internal.privacy;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When Flipside runs its own timed work, the retention sweep runs every hour (and once soon after start), so no host
 * call is needed for a programme's personal data to go when its retention period has passed. Closing it stops its
 * thread.
 */
public final class RetentionRounds implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionRounds.class);
  static final Duration EVERY = Duration.ofHours(1);

  private final ScheduledExecutorService rounds;

  /** Starts the rounds. */
  public RetentionRounds(RetentionSweep sweep) {
    ClassLoader pluginClassLoader = RetentionRounds.class.getClassLoader();
    rounds = Executors.newSingleThreadScheduledExecutor(work -> {
      Thread thread = new Thread(work, "flipside-retention");
      thread.setContextClassLoader(pluginClassLoader);
      thread.setDaemon(true);
      return thread;
    });
    rounds.scheduleWithFixedDelay(() -> {
      try {
        int erased = sweep.sweep();
        if (erased > 0) {
          LOG.info("Retention erased the personal data of {} closed programme(s)", erased);
        }
      } catch (RuntimeException e) {
        LOG.warn("The retention sweep failed; it tries again in {}: {}", EVERY, e.toString());
      }
    }, 1, EVERY.toMinutes(), TimeUnit.MINUTES);
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
