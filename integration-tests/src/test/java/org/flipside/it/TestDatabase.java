package org.flipside.it;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A pooled database for one test: a private in-memory H2, or a private schema on the real
 * PostgreSQL server that is dropped afterwards.
 */
abstract class TestDatabase implements AutoCloseable {

  final HikariDataSource dataSource;
  private final HikariConfig config;

  private TestDatabase(HikariConfig config) {
    config.setMaximumPoolSize(6);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    this.config = config;
    this.dataSource = new HikariDataSource(config);
  }

  /** A pool of its own on the same database, as another node of a cluster has; the caller closes it. */
  HikariDataSource anotherPool() {
    HikariConfig copy = new HikariConfig();
    config.copyStateTo(copy);
    copy.setPoolName(null);
    return new HikariDataSource(copy);
  }

  /** The JDBC address another JVM opens the same database (and schema) with. */
  String jdbcUrl() {
    return config.getJdbcUrl();
  }

  /** The user another JVM connects as. */
  String user() {
    return config.getUsername();
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** Runs a statement, such as a constraint a test adds. */
  void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Counts the rows of a table. */
  long count(String table) {
    return count(table, "1 = 1");
  }

  /** Counts the rows of a table that meet a condition. */
  long count(String table, String condition) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("select count(*) from " + table + " where " + condition)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of a query's rows, as text. */
  List<String> strings(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static TestDatabase h2() {
    HikariConfig config = new HikariConfig();
    // the statement cache Flipside's embedded default and the sandbox give H2 (EmbeddedDatabase)
    config.setJdbcUrl("jdbc:h2:mem:it-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256");
    config.setUsername("sa");
    return new TestDatabase(config) {
      @Override
      public void close() {
        dataSource.close();
      }
    };
  }

  /**
   * A fresh schema, dropped on closing; or, for a benchmark, the existing schema {@code -Dflipside.postgres.schema}
   * names, or a fresh one kept with {@code -Dflipside.postgres.keep=true}, neither dropped.
   */
  static TestDatabase postgres() {
    String url = System.getProperty("flipside.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = System.getProperty("flipside.postgres.user", "postgres");
    String existing = System.getProperty("flipside.postgres.schema");
    boolean keep = existing != null || Boolean.getBoolean("flipside.postgres.keep");
    String schema = existing != null ? existing
        : "fs_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (existing == null) {
      onServer(url, user, "create schema " + schema);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    config.setUsername(user);
    return new TestDatabase(config) {
      @Override
      public void close() {
        dataSource.close();
        if (!keep) {
          onServer(url, user, "drop schema " + schema + " cascade");
        }
      }
    };
  }

  private static void onServer(String url, String user, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url + ": " + sql, e);
    }
  }

  @Override
  public abstract void close();
}
