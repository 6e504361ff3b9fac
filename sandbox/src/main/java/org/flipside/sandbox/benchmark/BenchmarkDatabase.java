package org.flipside.sandbox.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flipside.sandbox.host.SandboxDatabase;

/**
 * Where each side of the benchmark runs: a fresh in-memory H2 of the sandbox's kind, or a fresh schema of its own on
 * a PostgreSQL server, created when the side opens it and dropped when it closes it.
 */
public sealed interface BenchmarkDatabase {

  /** The sandbox's in-memory H2, whose work runs in this JVM and counts as the side's CPU. */
  BenchmarkDatabase H2 = new InMemory();

  /**
   * A PostgreSQL server, reached with a user it trusts.
   *
   * @param jdbcUrl the server's database, {@code jdbc:postgresql://host:port/database}
   * @param user the user the schemas are created by and the sides connect as
   */
  static BenchmarkDatabase postgres(String jdbcUrl, String user) {
    return new Postgres(jdbcUrl, user);
  }

  /** A fresh database for one side; closing the pool drops it. */
  HikariDataSource open();

  /** Whether the database's work runs in a server of its own, whose CPU {@link ServerCpu} reads. */
  boolean hasServer();

  /** What the figures were measured on, for the benchmark's header. */
  String describe();

  /** The sandbox's in-memory H2. */
  final class InMemory implements BenchmarkDatabase {
    private InMemory() {
    }

    @Override
    public HikariDataSource open() {
      return SandboxDatabase.open();
    }

    @Override
    public boolean hasServer() {
      return false;
    }

    @Override
    public String describe() {
      return "in-memory H2 in this JVM, a fresh database for each side";
    }
  }

  /** A PostgreSQL server, each side on a schema of its own that the side's pool has as its current schema. */
  record Postgres(String jdbcUrl, String user) implements BenchmarkDatabase {

    @Override
    public HikariDataSource open() {
      String schema = "flipside_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      onServer("create schema " + schema);
      HikariConfig config = new HikariConfig();
      config.setPoolName("benchmark-" + schema);
      // Flipside's engine, Flyway and JPA use the connection's current schema (EngineFactory reads it)
      config.setJdbcUrl(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
      config.setUsername(user);
      config.setMaximumPoolSize(8);
      try {
        return new HikariDataSource(config) {
          @Override
          public void close() {
            super.close();
            onServer("drop schema " + schema + " cascade");
          }
        };
      } catch (RuntimeException failed) {
        onServer("drop schema " + schema + " cascade");
        throw failed;
      }
    }

    @Override
    public boolean hasServer() {
      return true;
    }

    @Override
    public String describe() {
      return "PostgreSQL at " + jdbcUrl + ", a fresh schema for each side";
    }

    private void onServer(String sql) {
      try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("PostgreSQL at " + jdbcUrl + " as " + user + " refused \"" + sql + "\": "
            + e.getMessage(), e);
      }
    }
  }
}
