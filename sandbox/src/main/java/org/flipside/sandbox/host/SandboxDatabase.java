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
    config.setJdbcUrl("jdbc:h2:mem:sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    config.setUsername("sa");
    config.setMaximumPoolSize(8);
    return new HikariDataSource(config);
  }
}
