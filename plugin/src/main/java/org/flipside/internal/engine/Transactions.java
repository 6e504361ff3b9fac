package org.flipside.internal.engine;

import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a call from the host as one transaction that spans Flipside's JPA writes and the engine's
 * own, with the thread context class loader the engine needs.
 *
 * <p>The engine fails to build or load classes when a host thread has no (or a foreign) context
 * class loader, so every call swaps in the plugin's own for its duration.
 */
public final class Transactions {

  private static final int ATTEMPTS = 10;

  private final TransactionTemplate template;
  private final TransactionTemplate apart;
  private final ClassLoader pluginClassLoader = Transactions.class.getClassLoader();

  /** Transactions managed by the given (JPA) transaction manager. */
  public Transactions(PlatformTransactionManager transactionManager) {
    this.template = new TransactionTemplate(transactionManager);
    this.apart = new TransactionTemplate(transactionManager);
    apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Runs the work now in a transaction of its own, which commits before the caller's (suspended meanwhile) goes on.
   */
  public void apart(Runnable work) {
    apart.execute(status -> {
      work.run();
      return null;
    });
  }

  /**
   * Runs the work in a transaction of its own once the current one has committed, and not at all if it rolls back
   * (a lost race that is run again registers it again). What the work throws reaches the caller, whose own
   * transaction has committed by then.
   */
  public void afterCommit(Runnable work) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        withPluginClassLoader(() -> apart.execute(status -> {
          work.run();
          return null;
        }));
      }
    });
  }

  /**
   * Runs the work in a transaction that commits when it returns and rolls back when it throws.
   * Work that lost a race with a concurrent call on the same rows (two employees completing
   * parallel tasks of one programme at once) is rolled back and run again, whether the engine or a step's
   * own JPA write found the race.
   */
  public <T> T inTransaction(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return withPluginClassLoader(() -> template.execute(status -> work.get()));
      } catch (OptimisticLockingException | ConcurrencyFailureException | OptimisticLockException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        backOff(attempt);
      }
    }
  }

  /** Waits a little, longer after each lost race, so racing callers spread out. */
  private static void backOff(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a transaction", e);
    }
  }

  /** Runs the work in a transaction, for work with no result. */
  public void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /** Runs the work with the plugin's class loader as the thread's context class loader. */
  public <T> T withPluginClassLoader(Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(pluginClassLoader);
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
