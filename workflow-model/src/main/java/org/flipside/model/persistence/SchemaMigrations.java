package org.flipside.model.persistence;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings Flipside's tables up to date with Flyway. Flipside keeps its own history table so it can live in the
 * host platform's schema next to the host's tables and the host's own migrations.
 */
public final class SchemaMigrations {

  /** Classpath folder of the versioned SQL scripts: every change to the schema is a new one here. */
  public static final String LOCATION = "classpath:org/flipside/model/db/migration";

  /**
   * Classpath folder of the baseline script: the schema the versioned scripts up to its version leave, in one
   * script, which Flyway runs instead of them on an empty schema. Creating the tables whole spares a new
   * installation's start 36 transactions and 91 {@code ALTER TABLE}s, each of which copies its table on H2.
   */
  public static final String BASELINE_LOCATION = "classpath:org/flipside/model/db/baseline";

  /** Flipside's Flyway history table. */
  public static final String HISTORY_TABLE = "flipside_schema_history";

  private SchemaMigrations() {
  }

  /**
   * Applies every pending migration; does nothing when the schema is current.
   *
   * @return how many migrations ran
   */
  public static int migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .loggers(FlywayToSlf4j.class.getName())
        .locations(LOCATION, BASELINE_LOCATION)
        .table(HISTORY_TABLE)
        // The host's schema is usually not empty; baseline there instead of refusing to run...
        .baselineOnMigrate(true)
        // ...but below V1, because Flyway's default baseline (1) would skip creating Flipside's tables.
        .baselineVersion("0")
        .load()
        .migrate();
    return result.migrationsExecuted;
  }
}
