package org.flipside.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The history details an earlier release had the engine write, one for each value a variable was given with the
 * value in it (its bytes in a byte array of their own for a list), which the engine writes no more: for the
 * contracts that prove Flipside still erases them from a database such a release left.
 */
final class DetailsOfAnEarlierRelease {

  private DetailsOfAnEarlierRelease() {}

  /** Writes a detail of each variable's value of the moment, as the engine did on giving it that value. */
  static void write(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO ACT_GE_BYTEARRAY (ID_, REV_, NAME_, BYTES_, TYPE_, CREATE_TIME_,"
          + " ROOT_PROC_INST_ID_) SELECT 'detail-' || b.ID_, 1, b.NAME_, b.BYTES_, b.TYPE_, b.CREATE_TIME_,"
          + " b.ROOT_PROC_INST_ID_ FROM ACT_GE_BYTEARRAY b JOIN ACT_HI_VARINST v ON v.BYTEARRAY_ID_ = b.ID_");
      statement.executeUpdate("INSERT INTO ACT_HI_DETAIL (ID_, TYPE_, PROC_DEF_KEY_, PROC_DEF_ID_,"
          + " ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, TASK_ID_, NAME_, REV_, VAR_INST_ID_,"
          + " VAR_TYPE_, TIME_, BYTEARRAY_ID_, DOUBLE_, LONG_, TEXT_, TEXT2_, SEQUENCE_COUNTER_, TENANT_ID_, INITIAL_)"
          + " SELECT 'detail-' || v.ID_, 'VariableUpdate', v.PROC_DEF_KEY_, v.PROC_DEF_ID_, v.ROOT_PROC_INST_ID_,"
          + " v.PROC_INST_ID_, v.EXECUTION_ID_, v.ACT_INST_ID_, v.TASK_ID_, v.NAME_, v.REV_, v.ID_, v.VAR_TYPE_,"
          + " v.CREATE_TIME_, 'detail-' || v.BYTEARRAY_ID_, v.DOUBLE_, v.LONG_, v.TEXT_, v.TEXT2_, 1, v.TENANT_ID_,"
          + " TRUE FROM ACT_HI_VARINST v");
    } catch (SQLException e) {
      throw new IllegalStateException("could not write the details", e);
    }
  }
}
