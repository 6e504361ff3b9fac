package org.flipside.internal.engine;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Lets one node of a cluster start at a time on a shared database. Flyway locks its own migrations, but Camunda
 * creates or upgrades its tables and Flipside deploys its processes without a lock, so nodes started together on an
 * empty database or after an upgrade would trip over each other ({@code ENGINE-03017}: a table already exists).
 *
 * <p>On PostgreSQL a session-level advisory lock, keyed on the schema so installations in other schemas start
 * freely, is held on a connection of its own until the start is done; a node that dies meanwhile loses its session
 * and so the lock. Other databases start without one: H2 is embedded, one node.
 */
public final class StartupLock implements AutoCloseable {

  private static final String POSTGRESQL = "PostgreSQL";

  private final Connection held;
  private final long key;

  private StartupLock(Connection held, long key) {
    this.held = held;
    this.key = key;
  }

  /** Waits until no other node is starting on this database's schema, then holds the start for this one. */
  public static StartupLock acquire(DataSource dataSource) {
    try {
      Connection connection = dataSource.getConnection();
      try {
        if (!POSTGRESQL.equals(connection.getMetaData().getDatabaseProductName())) {
          connection.close();
          return new StartupLock(null, 0);
        }
        long key = keyOf(connection.getSchema());
        run(connection, "select pg_advisory_lock(?)", key);
        return new StartupLock(connection, key);
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the lock that lets one node at a time start Flipside", e);
    }
  }

  /** The same for every node on the schema, and unlikely to be any other program's advisory lock. */
  private static long keyOf(String schema) {
    return UUID.nameUUIDFromBytes(("flipside start " + schema).getBytes(StandardCharsets.UTF_8))
        .getMostSignificantBits();
  }

  private static void run(Connection connection, String sql, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      statement.execute();
    }
  }

  /** Lets the next node start. */
  @Override
  public void close() {
    if (held == null) {
      return;
    }
    try (Connection connection = held) {
      run(connection, "select pg_advisory_unlock(?)", key);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot release the lock that lets one node at a time start Flipside", e);
    }
  }
}
