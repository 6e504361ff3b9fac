package org.flipside.model.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/** EclipseLink's PostgreSQL platform, reading and writing TIMESTAMPs without a detour through the JVM's time zone. */
public class FlipsidePostgreSQLPlatform extends PostgreSQLPlatform {

  /**
   * Always off: the optimised read path calls ResultSet.getTimestamp itself, bypassing getObjectFromResultSet.
   * Overridden rather than set because EclipseLink copies the default platform's setting onto this one.
   */
  @Override
  public boolean shouldOptimizeDataConversion() {
    return false;
  }

  @Override
  public void setParameterValueInDatabaseCall(Object parameter, PreparedStatement statement, int index,
      AbstractSession session) throws SQLException {
    if (!UtcTimestamps.bind(parameter, statement, index)) {
      super.setParameterValueInDatabaseCall(parameter, statement, index, session);
    }
  }

  @Override
  public Object getObjectFromResultSet(ResultSet resultSet, int columnNumber, int type, AbstractSession session)
      throws SQLException {
    return UtcTimestamps.isTimestamp(type)
        ? UtcTimestamps.read(resultSet, columnNumber)
        : super.getObjectFromResultSet(resultSet, columnNumber, type, session);
  }
}
