package org.flipside.embed;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.flipside.api.Flipside;
import org.flipside.internal.engine.EmbeddedDatabase;
import org.flipside.internal.host.LearningSystem;
import org.flipside.internal.operations.MicrometerMeters;
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
    return view(launch(settings));
  }

  /**
   * As {@link #start(FlipsideSettings)}, publishing Flipside's metrics to the host's Micrometer registry (see the
   * README's "Operations" for the meters); they leave it when Flipside closes.
   *
   * @param settings the host's services and DataSource
   * @param meters the host's meter registry
   * @return the running Flipside
   * @since 1.1
   */
  public static Flipside start(FlipsideSettings settings, MeterRegistry meters) {
    FlipsideRuntime runtime = launch(settings);
    MicrometerMeters publication = new MicrometerMeters(runtime.meters());
    publication.bindTo(meters);
    return FlipsideView.of(runtime.services()::get, () -> {
      publication.close();
      runtime.close();
    });
  }

  private static FlipsideRuntime launch(FlipsideSettings settings) {
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

  private static FlipsideRuntime start(FlipsideSettings settings, DataSource dataSource, AutoCloseable onClose) {
    return FlipsideRuntime.start(settings, dataSource, new LearningSystem(settings.learningRecords()), onClose);
  }

  private static Flipside view(FlipsideRuntime runtime) {
    return FlipsideView.of(runtime.services()::get, runtime::close);
  }
}
