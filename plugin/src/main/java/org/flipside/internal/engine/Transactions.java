package org.flipside.internal.engine;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a call from the host as one transaction that spans Flipside's JPA writes and the engine's
 * own, with the thread context class loader the engine needs.
 *
 * <p>The engine fails to build or load classes when a host thread has no (or a foreign) context
 * class loader, so every call swaps in the plugin's own for its duration.
 */
public final class Transactions {

  private final TransactionTemplate template;
  private final ClassLoader pluginClassLoader = Transactions.class.getClassLoader();

  /** Transactions managed by the given (JPA) transaction manager. */
  public Transactions(PlatformTransactionManager transactionManager) {
    this.template = new TransactionTemplate(transactionManager);
  }

  /** Runs the work in a transaction that commits when it returns and rolls back when it throws. */
  public <T> T inTransaction(Supplier<T> work) {
    return withPluginClassLoader(() -> template.execute(status -> work.get()));
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
