package org.flipside.model.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A throw-away database for one test: a fresh in-memory H2 database, or a fresh schema in the PostgreSQL
 * named by the {@code flipside.postgres.*} system properties, dropped again on close.
 */
public final class TestDatabase implements AutoCloseable {

  /** Names the system property that switches the PostgreSQL suites on. */
  public static final String POSTGRES_SWITCH = "flipside.postgres";

  private final String description;
  private final HikariDataSource dataSource;
  private final Runnable cleanUp;

  private TestDatabase(String description, HikariDataSource dataSource, Runnable cleanUp) {
    this.description = description;
    this.dataSource = dataSource;
    this.cleanUp = cleanUp;
  }

  /** A private in-memory H2 database that lives until closed. */
  public static TestDatabase h2() {
    String name = "flipside_" + UUID.randomUUID().toString().replace("-", "");
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    // DB_CLOSE_DELAY=-1 keeps the database between pooled connections, so it has to be shut down explicitly
    return new TestDatabase("H2 " + name, pool(url, "sa"), () -> execute(url, "sa", "SHUTDOWN"));
  }

  /** A private schema in the test PostgreSQL, used as the connections' current schema. */
  public static TestDatabase postgres() {
    String url = System.getProperty("flipside.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = System.getProperty("flipside.postgres.user", "postgres");
    String schema = "fs_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    execute(url, user, "CREATE SCHEMA " + schema);
    HikariDataSource dataSource = pool(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user);
    return new TestDatabase("PostgreSQL schema " + schema, dataSource,
        () -> execute(url, user, "DROP SCHEMA " + schema + " CASCADE"));
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
    cleanUp.run();
  }

  @Override
  public String toString() {
    return description;
  }

  private static HikariDataSource pool(String url, String user) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }

  private static void execute(String url, String user, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run '" + sql + "' on " + url, e);
    }
  }
}
