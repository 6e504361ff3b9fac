package org.flipside.internal.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.flipside.model.persistence.SchemaMigrations;

/**
 * Flipside's schema migrations on a thread of their own, while the start builds JPA and the engine, which need none
 * of Flipside's tables: on an empty database Flyway's migrations and Camunda's table creation are each a large part
 * of the start. The engine creates its tables only once Flyway has settled its history table, so Flyway finds the
 * schema as it would alone; nothing reads or writes Flipside's tables, and no job runs, until the migrations are done.
 * Closing waits for the thread, so a start that fails leaves no migration running.
 */
public final class ConcurrentMigrations implements AutoCloseable {

  private final CompletableFuture<Void> historySettled = new CompletableFuture<>();
  private final CompletableFuture<Integer> done = new CompletableFuture<>();

  private ConcurrentMigrations() {
  }

  /** Starts migrating the DataSource's schema. */
  public static ConcurrentMigrations start(DataSource dataSource) {
    ConcurrentMigrations migrations = new ConcurrentMigrations();
    Thread thread = new Thread(() -> {
      try {
        migrations.done.complete(SchemaMigrations.migrate(dataSource, () -> migrations.historySettled.complete(null)));
      } catch (Throwable failed) {
        migrations.done.completeExceptionally(failed);
      }
    }, "Flipside schema migrations");
    thread.setDaemon(true);
    thread.start();
    return migrations;
  }

  /**
   * Waits until Flyway has its history table and is about to migrate, after which other tables appearing in the
   * schema change nothing for it (before, it would take them for a host's and baseline the schema).
   *
   * @throws RuntimeException what the migrations failed with, if they failed before that
   */
  public void awaitHistorySettled() {
    await(CompletableFuture.anyOf(historySettled, done));
  }

  /**
   * Waits until every pending migration ran.
   *
   * @throws RuntimeException what the migrations failed with
   */
  public void awaitDone() {
    await(done);
  }

  private static void await(CompletableFuture<?> stage) {
    try {
      stage.join();
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

  /** Waits until the migrations have ended, however they ended. */
  @Override
  public void close() {
    done.exceptionally(failed -> null).join();
  }
}
