package org.flipside.internal.engine;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.flipside.model.persistence.FlipsidePersistence;
import org.flipside.model.persistence.SchemaMigrations;

/**
 * What Flipside's start does on a thread of its own while the engine is built, since the engine needs none of it until
 * it opens its first transaction: EclipseLink's persistence unit, then Flyway's migrations. Camunda's configuration
 * (reading its mappings) is the larger part of the start; the persistence unit, and on a schema that is not up to date
 * the migrations (on an empty one, the baseline script), the smaller. The engine creates or checks its tables only once
 * the migrations are done ({@link #awaitDone}): the two never change the schema at the same time (H2 locks its
 * catalogue for each change, and one would time out waiting for the other), and Flyway finds the schema as it would
 * alone. Closing waits for the thread, so a start that fails leaves nothing running.
 */
public final class BackgroundStart implements AutoCloseable {

  private final CompletableFuture<EntityManagerFactory> persistence = new CompletableFuture<>();
  private final CompletableFuture<Integer> migrated = new CompletableFuture<>();

  private BackgroundStart() {
  }

  /** Starts building the persistence unit and then migrating the DataSource's schema. */
  public static BackgroundStart start(DataSource dataSource) {
    BackgroundStart start = new BackgroundStart();
    Thread thread = new Thread(() -> {
      try {
        start.persistence.complete(FlipsidePersistence.createEntityManagerFactory(dataSource));
      } catch (Throwable failed) {
        start.persistence.completeExceptionally(failed);
      }
      try {
        start.migrated.complete(SchemaMigrations.migrate(dataSource));
      } catch (Throwable failed) {
        start.migrated.completeExceptionally(failed);
      }
    }, "Flipside start");
    thread.setDaemon(true);
    thread.start();
    return start;
  }

  /**
   * The persistence unit, to hand to what uses it later: each call waits until it is built, and throws what building
   * it failed with; closing one that failed does nothing.
   */
  public EntityManagerFactory entityManagerFactory() {
    return (EntityManagerFactory) Proxy.newProxyInstance(EntityManagerFactory.class.getClassLoader(),
        new Class<?>[] {EntityManagerFactory.class}, (proxy, method, arguments) -> switch (method.getName()) {
          case "equals" -> proxy == arguments[0];
          case "hashCode" -> System.identityHashCode(proxy);
          case "toString" -> "Flipside's persistence unit";
          default -> {
            if (method.getName().equals("close") && persistence.isCompletedExceptionally()) {
              yield null;
            }
            try {
              yield method.invoke(await(persistence), arguments);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }
        });
  }

  /**
   * Waits until the persistence unit is built and every pending migration ran.
   *
   * @throws RuntimeException what either failed with
   */
  public void awaitDone() {
    await(persistence);
    await(migrated);
  }

  private static <T> T await(CompletableFuture<T> stage) {
    try {
      return stage.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failed) {
        throw failed;
      }
      if (e.getCause() instanceof Error failed) {
        throw failed;
      }
      throw e;
    }
  }

  /** Waits until the thread has ended, however it ended. */
  @Override
  public void close() {
    migrated.exceptionally(failed -> null).join();
  }
}
