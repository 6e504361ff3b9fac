package org.flipside.model.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;

/**
 * Moves TIMESTAMP values between JDBC and Java as {@link LocalDateTime} (JDBC 4.2) instead of through
 * {@link java.sql.Timestamp}, which EclipseLink uses by default. A Timestamp is interpreted in the JVM's time zone,
 * so a UTC wall-clock time that falls into that zone's daylight-saving gap would be shifted by an hour.
 */
final class UtcTimestamps {

  private UtcTimestamps() {
  }

  /** Binds a LocalDateTime as is; returns false for any other value so the platform binds it as usual. */
  static boolean bind(Object value, PreparedStatement statement, int index) throws SQLException {
    if (value instanceof LocalDateTime) {
      statement.setObject(index, value);
      return true;
    }
    return false;
  }

  /** Whether a column of this JDBC type should be read through {@link #read}. */
  static boolean isTimestamp(int jdbcType) {
    return jdbcType == Types.TIMESTAMP;
  }

  static LocalDateTime read(ResultSet resultSet, int column) throws SQLException {
    return resultSet.getObject(column, LocalDateTime.class);
  }
}
