package org.flipside.internal.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flipside.api.TaskSummary;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.host.Directory;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One page of an employee's open tasks, oldest first: those assigned to them and those offered to them or to a role
 * they hold (assigned or not, so an HR admin can stand in for a programme's manager), each with its programme, read
 * as one SQL statement on the engine's tables: in the caller's transaction when there is one, else on a connection
 * of its own, with no transaction begun for it (the statement alone reads one snapshot).
 *
 * <p>The engine's own query for both at once ({@code or().taskAssignee(..).taskCandidateUser(..)}) joins every task
 * to its identity links and filters on an {@code OR} across the two tables, which no index serves: on PostgreSQL
 * with 100,000 open tasks it scanned them all for every inbox, even an empty one (about 150 ms). Here each half is a
 * branch of a {@code UNION} served by its index (the assignee's, the identity links' user and group) and cut at the
 * page's end, and the programme is the process instance's {@code programmeId}, found by the engine's unique key of
 * a variable (its scope and name): every Flipside process holds it from its start. The engine's task query and
 * variable query would cost three statements, and the variable query joins the executions of every listed process.
 *
 * <p>One statement reads one snapshot, so a task completed elsewhere meanwhile is listed whole or not at all. Which
 * tasks are offered to whom is the engine's rule ({@code TYPE_ = 'candidate'}, the user's id or a role the host's
 * directory gives them now, suspended tasks left out), as {@code taskCandidateUser(..).includeAssignedTasks()}
 * applies it.
 */
final class InboxPage {

  private static final String COLUMNS = "T.ID_, T.NAME_, T.PROC_DEF_ID_, T.TASK_DEF_KEY_, T.CREATE_TIME_, "
      + "T.DUE_DATE_, T.PROC_INST_ID_";

  private static final int IDS_PER_QUERY = 500;

  private final DataSource dataSource;
  private final Directory directory;
  private final TaskFormIds formIds;

  /**
   * @param dataSource the DataSource the engine and Flipside's transactions share
   * @param directory the host directory, whose roles are the engine's groups
   */
  InboxPage(DataSource dataSource, Directory directory, TaskFormIds formIds) {
    this.dataSource = dataSource;
    this.directory = directory;
    this.formIds = formIds;
  }

  /** The tasks from {@code first} on, at most {@code max} of them. */
  List<TaskSummary> read(String employeeId, int first, int max) {
    long upTo = Math.min(Integer.MAX_VALUE, (long) first + max);
    // the roles the engine's group query would give (HostGroupQuery), asked of the directory without an engine command
    List<String> roles = List.copyOf(directory.rolesOf(employeeId));
    List<Row> rows = onConnection(connection -> {
      try (PreparedStatement query = connection.prepareStatement(sql(roles.size(), upTo))) {
        int parameter = 0;
        query.setString(++parameter, employeeId);
        query.setString(++parameter, employeeId);
        for (String role : roles) {
          query.setString(++parameter, role);
        }
        query.setInt(++parameter, max);
        query.setInt(++parameter, first);
        query.setString(++parameter, Vars.PROGRAMME_ID.name());
        List<Row> read = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            read.add(new Row(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                instant(row.getTimestamp(5)), instant(row.getTimestamp(6)), row.getString(7)));
          }
        }
        return read;
      }
    }, "cannot read " + employeeId + "'s inbox");
    // the connection is given back first: a form named by an expression is the engine's to read, on its own
    List<TaskSummary> page = new ArrayList<>();
    for (Row row : rows) {
      formIds.of(row.processDefinitionId(), row.taskDefinitionKey(), row.taskId()).ifPresent(formId -> page.add(
          new TaskSummary(row.taskId(), row.name(), row.programmeId(), formId, row.created(), row.due())));
    }
    return page;
  }

  /**
   * Which of the tasks are open now, read afresh: the engine's own query would answer from what it read earlier
   * in the same command (MyBatis caches a query's rows for the session), where a task completed elsewhere meanwhile
   * is still open.
   */
  Set<String> stillOpen(List<String> taskIds) {
    return onConnection(connection -> {
      Set<String> open = new HashSet<>();
      for (int from = 0; from < taskIds.size(); from += IDS_PER_QUERY) {
        List<String> some = taskIds.subList(from, Math.min(taskIds.size(), from + IDS_PER_QUERY));
        try (PreparedStatement query = connection.prepareStatement("select ID_ from ACT_RU_TASK where ID_ in ("
            + String.join(", ", Collections.nCopies(some.size(), "?")) + ")")) {
          for (int i = 0; i < some.size(); i++) {
            query.setString(i + 1, some.get(i));
          }
          try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
              open.add(row.getString(1));
            }
          }
        }
      }
      return open;
    }, "cannot read which tasks are open");
  }

  /**
   * Runs the reads on the connection of the caller's transaction, the one the engine reads on, which is the
   * transaction's to close; outside a transaction on a connection of their own, given back at once. A pool that
   * hands out connections outside auto-commit gets its connection back with the read's transaction ended.
   */
  private <T> T onConnection(Reads<T> reads, String failure) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    boolean own = !DataSourceUtils.isConnectionTransactional(connection, dataSource);
    try {
      T read;
      try {
        read = reads.on(connection);
      } catch (SQLException | RuntimeException e) {
        // the read's failure is the one to report: a connection that broke fails its rollback too
        try {
          endOwnTransaction(connection, own);
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
      endOwnTransaction(connection, own);
      return read;
    } catch (SQLException e) {
      throw new IllegalStateException(failure, e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static void endOwnTransaction(Connection connection, boolean own) throws SQLException {
    if (own && !connection.getAutoCommit()) {
      connection.rollback();
    }
  }

  /** Reads on one connection. */
  @FunctionalInterface
  private interface Reads<T> {
    T on(Connection connection) throws SQLException;
  }

  /** One task as the page's statement reads it, before its form is looked up. */
  private record Row(String taskId, String name, String processDefinitionId, String taskDefinitionKey,
      Instant created, Instant due, String programmeId) {}

  /**
   * Each branch in the engine's order (creation, then id), cut at the page's end; then the page, and the programme
   * of each of its tasks. The branches' cut is written into the statement, not bound: bound, H2 (2.3.232) listed no
   * second page of one task after the first (InboxWhileTasksCloseContract), as if a branch kept the rows of the
   * smaller cut before.
   *
   * <p>The offered branch looks its tasks up by key from the identity links' ids ({@code = any(array(..))}, which
   * also lists a task offered to the employee and to their role once). Joined instead, PostgreSQL hashed every open
   * task to find the 999 offered to the HR admins among 101,107 (EXPLAIN: 197 ms, against 8 ms for the lookups it
   * estimated within a quarter of that cost); an array of ids it estimates as a few keys, and H2 looks them up by its
   * primary key too (H2 has no {@code LATERAL}).
   */
  private static String sql(int roles, long upTo) {
    String offeredTo = roles == 0 ? "I.USER_ID_ = ?"
        : "(I.USER_ID_ = ? or I.GROUP_ID_ in (" + String.join(", ", Collections.nCopies(roles, "?")) + "))";
    return "select P.ID_, P.NAME_, P.PROC_DEF_ID_, P.TASK_DEF_KEY_, P.CREATE_TIME_, P.DUE_DATE_, V.TEXT_ from ("
        + "select * from ("
        + "(select " + COLUMNS + " from ACT_RU_TASK T where T.ASSIGNEE_ = ? and T.SUSPENSION_STATE_ = 1"
        + " order by T.CREATE_TIME_, T.ID_ limit " + upTo + ")"
        + " union "
        + "(select " + COLUMNS + " from ACT_RU_TASK T where T.ID_ = any(array("
        + "select I.TASK_ID_ from ACT_RU_IDENTITYLINK I where I.TYPE_ = 'candidate' and " + offeredTo + "))"
        + " and T.SUSPENSION_STATE_ = 1 order by T.CREATE_TIME_, T.ID_ limit " + upTo + ")"
        + ") U order by U.CREATE_TIME_, U.ID_ limit ? offset ?"
        + ") P left join ACT_RU_VARIABLE V on V.VAR_SCOPE_ = P.PROC_INST_ID_ and V.NAME_ = ?"
        + " order by P.CREATE_TIME_, P.ID_";
  }

  /** A timestamp of the engine's, read as the engine itself reads it. */
  private static Instant instant(Timestamp value) {
    return value == null ? null : value.toInstant();
  }
}
