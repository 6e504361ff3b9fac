package org.flipside.internal.service;

import jakarta.persistence.EntityManager;
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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.flipside.api.TaskSummary;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * One page of an employee's open tasks, oldest first: those assigned to them and those offered to them or to a role
 * they hold (assigned or not, so an HR admin can stand in for a programme's manager), each with its programme, read
 * as one SQL statement on the engine's tables in the caller's transaction.
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

  private final EntityManager sameConnection;
  private final IdentityService identity;
  private final TaskFormIds formIds;

  /**
   * @param sameConnection an entity manager joined to the transaction the engine reads in
   * @param identity the engine's users and groups: the host directory's employees and roles
   */
  InboxPage(EntityManager sameConnection, IdentityService identity, TaskFormIds formIds) {
    this.sameConnection = sameConnection;
    this.identity = identity;
    this.formIds = formIds;
  }

  /** The tasks from {@code first} on, at most {@code max} of them. */
  List<TaskSummary> read(String employeeId, int first, int max) {
    long upTo = Math.min(Integer.MAX_VALUE, (long) first + max);
    List<String> roles = identity.createGroupQuery().groupMember(employeeId).list().stream().map(Group::getId)
        .toList();
    // the connection the engine reads on, in the caller's transaction: it is the transaction's to close
    Connection connection = sameConnection.unwrap(Connection.class);
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
      List<TaskSummary> page = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          String taskId = row.getString(1);
          String name = row.getString(2);
          String programmeId = row.getString(7);
          Instant created = instant(row.getTimestamp(5));
          Instant due = instant(row.getTimestamp(6));
          formIds.of(row.getString(3), row.getString(4), taskId).ifPresent(formId -> page.add(
              new TaskSummary(taskId, name, programmeId, formId, created, due)));
        }
      }
      return page;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + employeeId + "'s inbox", e);
    }
  }

  /**
   * Which of the tasks are open now, read afresh: the engine's own query would answer from what it read earlier
   * in the same command (MyBatis caches a query's rows for the session), where a task completed elsewhere meanwhile
   * is still open.
   */
  Set<String> stillOpen(List<String> taskIds) {
    Set<String> open = new HashSet<>();
    Connection connection = sameConnection.unwrap(Connection.class);
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
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read which tasks are open", e);
      }
    }
    return open;
  }

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
