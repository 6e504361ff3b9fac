package org.flipside.internal.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;

/** The embedded default: a pooled in-memory H2 database, for trying Flipside on one machine. */
public final class EmbeddedDatabase {

  private EmbeddedDatabase() {}

  /** Opens a fresh, private in-memory database that lives until the pool closes. */
  public static HikariDataSource open() {
    HikariConfig config = new HikariConfig();
    config.setPoolName("flipside-embedded-h2");
    config.setDriverClassName("org.h2.Driver");
    config.setJdbcUrl("jdbc:h2:mem:flipside-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    config.setUsername("sa");
    config.setMaximumPoolSize(8);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    return new HikariDataSource(config);
  }
}
