package org.flipside.internal.host;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When Flipside runs its own timed work, the postman also makes a round every half minute for the
 * messages the host could not take earlier. Closing it stops its thread.
 */
public final class PostmanRounds implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PostmanRounds.class);
  static final Duration EVERY = Duration.ofSeconds(30);

  private final ScheduledExecutorService rounds;

  /** Starts the rounds. */
  public PostmanRounds(Postman postman) {
    ClassLoader pluginClassLoader = PostmanRounds.class.getClassLoader();
    rounds = Executors.newSingleThreadScheduledExecutor(work -> {
      Thread thread = new Thread(work, "flipside-postman");
      thread.setContextClassLoader(pluginClassLoader);
      return thread;
    });
    rounds.scheduleWithFixedDelay(() -> {
      try {
        postman.deliverDue();
      } catch (RuntimeException e) {
        LOG.warn("The postman's round failed; it tries again in {}: {}", EVERY, e.toString());
      }
    }, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
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
