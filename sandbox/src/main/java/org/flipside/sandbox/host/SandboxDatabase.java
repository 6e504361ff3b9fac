package org.flipside.sandbox.host;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;

/** The sandbox host's database: a pooled in-memory H2, gone when the run ends. */
public final class SandboxDatabase {

  private SandboxDatabase() {}

  /** Opens a fresh database. */
  public static HikariDataSource open() {
    HikariConfig config = new HikariConfig();
    config.setPoolName("sandbox-h2");
    // as Flipside's embedded default does: H2 keeps 8 parsed statements a connection unless told, PostgreSQL's driver 256
    config.setJdbcUrl("jdbc:h2:mem:sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256");
    config.setUsername("sa");
    config.setMaximumPoolSize(8);
    return new HikariDataSource(config);
  }
}
