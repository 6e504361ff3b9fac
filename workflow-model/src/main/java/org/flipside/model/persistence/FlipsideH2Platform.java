package org.flipside.model.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.persistence.expressions.ExpressionOperator;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.H2Platform;

/**
 * EclipseLink's H2 platform, reading and writing TIMESTAMPs without a detour through the JVM's time zone, and binding
 * the parameters of statements that compute.
 */
public class FlipsideH2Platform extends H2Platform {

  /**
   * Arithmetic binds its operands. EclipseLink's H2 platform writes every parameter of a statement holding a + - * or
   * / into its SQL as a literal, so it prints such a statement anew on every run and H2 parses it anew. H2 takes the
   * type of a parameter added to or subtracted from a column from that column; an operation of parameters and
   * constants alone is still written with literals, as EclipseLink checks that case on its own.
   */
  @Override
  protected void initializePlatformOperators() {
    super.initializePlatformOperators();
    for (ExpressionOperator arithmetic : List.of(ExpressionOperator.add(), ExpressionOperator.subtract(),
        ExpressionOperator.multiply(), ExpressionOperator.divide())) {
      arithmetic.setIsBindingSupported(true);
      addOperator(arithmetic);
    }
  }

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
