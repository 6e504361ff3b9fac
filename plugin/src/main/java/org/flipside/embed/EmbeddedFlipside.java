package org.flipside.embed;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flipside.api.Flipside;
import org.flipside.internal.engine.EmbeddedDatabase;
import org.flipside.internal.host.LearningSystem;
import org.flipside.internal.service.FlipsideRuntime;

/**
 * Starts Flipside inside a plain Java host. Closing the returned {@link Flipside} stops it; the
 * data stays in the host's database (an embedded database is gone with it).
 *
 * @since 1.0
 */
public final class EmbeddedFlipside {

  private EmbeddedFlipside() {}

  /**
   * Migrates Flipside's schema, starts its engine, deploys its processes and returns its API.
   *
   * @param settings the host's services and DataSource
   * @return the running Flipside
   */
  public static Flipside start(FlipsideSettings settings) {
    if (settings.dataSource() != null) {
      return start(settings, settings.dataSource(), () -> { });
    }
    HikariDataSource embedded = EmbeddedDatabase.open();
    try {
      return start(settings, embedded, embedded::close);
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  private static Flipside start(FlipsideSettings settings, DataSource dataSource, AutoCloseable onClose) {
    FlipsideRuntime runtime =
        FlipsideRuntime.start(settings, dataSource, new LearningSystem(settings.learningRecords()), onClose);
    return FlipsideView.of(runtime.services()::get, runtime::close);
  }
}
