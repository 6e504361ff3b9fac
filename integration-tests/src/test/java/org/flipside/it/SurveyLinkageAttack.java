package org.flipside.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What someone who can read Flipside's database (or a backup of it) tries in order to put a name to each survey
 * response: every table of the engine's history that could say who finished a survey task, and in which order,
 * set against the order the responses were written in. The order of writing is the row's transaction id
 * ({@code xmin}) on PostgreSQL and its insertion order ({@code _ROWID_}) on H2; ties in time, as under a host's
 * fixed clock, fall to the same order.
 */
final class SurveyLinkageAttack {

  private final DataSource database;
  private final String order;

  SurveyLinkageAttack(DataSource database) {
    this.database = database;
    try (Connection connection = database.getConnection()) {
      boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      this.order = postgres ? "CAST(CAST(%s.xmin AS TEXT) AS BIGINT)" : "%s._ROWID_";
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The person each response of a survey is attributed to, by response id, once for each history table that names
   * as many people, in the order they finished, as there are responses; by the survey and the table's query. Empty when none does.
   */
  Map<String, Map<String, String>> named(String surveyKind, String taskKey) {
    List<String> responses = column("SELECT r.id FROM fs_survey_response r WHERE r.kind = ? ORDER BY "
        + key("r"), surveyKind);
    String tasks = "SELECT t.ID_ FROM ACT_HI_TASKINST t WHERE t.TASK_DEF_KEY_ = ?";
    List<String> byCompletion = List.of(
        "SELECT t.ASSIGNEE_ FROM ACT_HI_TASKINST t WHERE t.TASK_DEF_KEY_ = ? AND t.ASSIGNEE_ IS NOT NULL"
            + " ORDER BY t.END_TIME_, " + key("t"),
        "SELECT a.ASSIGNEE_ FROM ACT_HI_ACTINST a WHERE a.ACT_ID_ = ? AND a.ASSIGNEE_ IS NOT NULL"
            + " ORDER BY a.END_TIME_, " + key("a"),
        "SELECT l.USER_ID_ FROM ACT_HI_IDENTITYLINK l WHERE l.USER_ID_ IS NOT NULL AND l.TASK_ID_ IN (" + tasks
            + ") ORDER BY l.TIMESTAMP_, " + key("l"),
        "SELECT o.USER_ID_ FROM ACT_HI_OP_LOG o WHERE o.USER_ID_ IS NOT NULL AND o.TASK_ID_ IN (" + tasks
            + ") ORDER BY o.TIMESTAMP_, " + key("o"),
        "SELECT v.TEXT_ FROM ACT_HI_VARINST v JOIN ACT_HI_TASKINST t ON t.EXECUTION_ID_ = v.EXECUTION_ID_"
            + " WHERE t.TASK_DEF_KEY_ = ? AND v.NAME_ = 'respondentId' ORDER BY t.END_TIME_, " + key("t") + ", "
            + key("v"),
        "SELECT v.TEXT_ FROM ACT_HI_DETAIL v JOIN ACT_HI_TASKINST t ON t.EXECUTION_ID_ = v.EXECUTION_ID_"
            + " WHERE t.TASK_DEF_KEY_ = ? AND v.NAME_ = 'respondentId' ORDER BY t.END_TIME_, " + key("t") + ", "
            + key("v"),
        // a respondent's survey that is its own process instance: whoever it names, by when the instance ended
        "SELECT v.TEXT_ FROM ACT_HI_VARINST v JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = v.PROC_INST_ID_"
            + " WHERE p.PROC_INST_ID_ IN (SELECT t.PROC_INST_ID_ FROM ACT_HI_TASKINST t WHERE t.TASK_DEF_KEY_ = ?)"
            + " AND v.NAME_ = 'respondentId' ORDER BY p.END_TIME_, " + key("p") + ", " + key("v"),
        // or its tasks, in the order their instances ended
        "SELECT t.ASSIGNEE_ FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = t.PROC_INST_ID_"
            + " WHERE t.TASK_DEF_KEY_ = ? AND t.ASSIGNEE_ IS NOT NULL ORDER BY p.END_TIME_, " + key("p"));
    Map<String, Map<String, String>> attributions = new LinkedHashMap<>();
    for (String sql : byCompletion) {
      Set<String> people = new LinkedHashSet<>(column(sql, taskKey));
      if (!people.isEmpty() && people.size() == responses.size()) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> inOrder = new ArrayList<>(people);
        for (int i = 0; i < responses.size(); i++) {
          named.put(responses.get(i), inOrder.get(i));
        }
        attributions.put(surveyKind + ": " + sql, named);
      }
    }
    return attributions;
  }

  /**
   * What a reader of the database sees at one moment (a backup, say): who still has the survey's task open, the
   * responses written so far, and the time of each response when its table keeps one.
   */
  record Snapshot(Set<String> open, Map<String, String> responses) {
  }

  /** The database as it is now, for one survey and its task. */
  Snapshot snapshot(String surveyKind, String taskKey) {
    Set<String> open = new LinkedHashSet<>(column("SELECT t.ASSIGNEE_ FROM ACT_RU_TASK t WHERE t.TASK_DEF_KEY_ = ?"
        + " AND t.ASSIGNEE_ IS NOT NULL", taskKey));
    Map<String, String> responses = new LinkedHashMap<>();
    List<String> times = timeColumns("fs_survey_response");
    String time = times.isEmpty() ? "''" : "CAST(r." + times.get(0) + " AS VARCHAR(40))";
    for (String row : column("SELECT r.id || '|' || " + time + " FROM fs_survey_response r WHERE r.kind = ?",
        surveyKind)) {
      responses.put(row.substring(0, row.indexOf('|')), row.substring(row.indexOf('|') + 1));
    }
    return new Snapshot(open, responses);
  }

  /**
   * Sets two snapshots side by side: a response that appeared while exactly one person's task closed is theirs.
   * Failing that, when the response table keeps a time, a response whose time no other response shares is given to
   * the one person whose task closed between the snapshots, if only one did.
   */
  static Map<String, String> named(Snapshot before, Snapshot after) {
    Set<String> answered = new LinkedHashSet<>(before.open());
    answered.removeAll(after.open());
    Map<String, String> appeared = new LinkedHashMap<>(after.responses());
    before.responses().keySet().forEach(appeared::remove);
    Map<String, String> named = new LinkedHashMap<>();
    if (answered.size() == 1 && appeared.size() == 1) {
      named.put(appeared.keySet().iterator().next(), answered.iterator().next());
    }
    return named;
  }

  /** A response named by its time: the only one of its day (or instant) and the only person who answered then. */
  static Map<String, String> namedByTime(Map<String, String> responses, Map<String, String> answeredAt) {
    Map<String, String> named = new LinkedHashMap<>();
    responses.forEach((response, time) -> {
      if (time == null || time.isEmpty()) {
        return;
      }
      String day = time.substring(0, Math.min(10, time.length()));
      long responsesThatDay = responses.values().stream().filter(other -> other != null && other.startsWith(day))
          .count();
      List<String> people = answeredAt.entrySet().stream().filter(entry -> entry.getValue().startsWith(day))
          .map(Map.Entry::getKey).toList();
      if (responsesThatDay == 1 && people.size() == 1) {
        named.put(response, people.get(0));
      }
    });
    return named;
  }

  /** The columns of a table that hold a date or a time. */
  List<String> timeColumns(String table) {
    List<String> found = new ArrayList<>();
    try (Connection connection = database.getConnection();
        // only the schema Flipside runs in: PostgreSQL's metadata lists every schema, older test runs' included
        ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), null, null)) {
      while (columns.next()) {
        int type = columns.getInt("DATA_TYPE");
        if (columns.getString("TABLE_NAME").equalsIgnoreCase(table) && (type == java.sql.Types.TIMESTAMP
            || type == java.sql.Types.DATE || type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE)) {
          found.add(columns.getString("COLUMN_NAME"));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  private String key(String alias) {
    return order.formatted(alias);
  }

  private List<String> column(String sql, String parameter) {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      int placeholders = (int) sql.chars().filter(c -> c == '?').count();
      for (int i = 1; i <= placeholders; i++) {
        statement.setString(i, parameter);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
