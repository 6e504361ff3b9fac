package org.flipside.internal.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;

/** The embedded default: a pooled in-memory H2 database, for trying Flipside on one machine. */
public final class EmbeddedDatabase {

  /**
   * How many parsed statements each connection keeps. H2 keeps 8 and parses any other statement again each time it
   * is prepared, which took a seventh of a completed task's CPU in the sandbox's benchmark: the engine and Flipside run
   * a few hundred distinct statements. PostgreSQL's driver keeps 256 a connection.
   */
  private static final int QUERY_CACHE_SIZE = 256;

  private EmbeddedDatabase() {}

  /** Opens a fresh, private in-memory database that lives until the pool closes. */
  public static HikariDataSource open() {
    HikariConfig config = new HikariConfig();
    config.setPoolName("flipside-embedded-h2");
    config.setDriverClassName("org.h2.Driver");
    config.setJdbcUrl("jdbc:h2:mem:flipside-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE="
        + QUERY_CACHE_SIZE);
    config.setUsername("sa");
    config.setMaximumPoolSize(8);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    return new HikariDataSource(config);
  }
}
