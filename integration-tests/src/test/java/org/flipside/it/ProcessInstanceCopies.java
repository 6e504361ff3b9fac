package org.flipside.it;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Copies of one process instance the engine wrote, row for row, for seeding a benchmark at a volume the API would
 * take hours to reach: every row of the engine's runtime and history tables that belongs to the instance (its
 * executions, task, variables, timer job, event subscription, and their history) is written again under fresh ids,
 * with chosen values in place of others (a programme's id, an invitee's id) wherever a column holds exactly the
 * value replaced. The copies are the rows the engine would have written for the same process started with those
 * values; nothing outside the engine's tables is copied.
 */
final class ProcessInstanceCopies {

  /** The columns that tie an engine row to its process instance, the first a table has being used. */
  private static final List<String> INSTANCE_COLUMNS =
      List.of("proc_inst_id_", "process_instance_id_", "root_proc_inst_id_");

  private final Connection connection;
  private final Map<String, List<Map<String, Object>>> rowsByTable = new LinkedHashMap<>();
  private final Map<String, PreparedStatement> inserts = new HashMap<>();
  private final List<String> ids = new ArrayList<>();

  /** Reads the template instance's rows from the engine's tables in the connection's current schema. */
  ProcessInstanceCopies(Connection connection, String processInstanceId) throws SQLException {
    this.connection = connection;
    DatabaseMetaData meta = connection.getMetaData();
    for (String table : engineTables(meta)) {
      String column = instanceColumn(meta, table);
      if (column == null) {
        continue;
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "select * from " + table + " where " + column + " = ?")) {
        select.setString(1, processInstanceId);
        try (ResultSet found = select.executeQuery()) {
          ResultSetMetaData columns = found.getMetaData();
          while (found.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
              row.put(columns.getColumnName(i).toLowerCase(Locale.ROOT), found.getObject(i));
            }
            rows.add(row);
            if (row.get("id_") != null) {
              ids.add(row.get("id_").toString());
            }
          }
        }
      }
      if (!rows.isEmpty()) {
        rowsByTable.put(table, rows);
      }
    }
    if (!ids.contains(processInstanceId)) {
      ids.add(processInstanceId);
    }
  }

  /** Rows each copy writes. */
  int rowsPerCopy() {
    return rowsByTable.values().stream().mapToInt(List::size).sum();
  }

  /**
   * Adds one copy to the pending batch: fresh ids for the template's, and each replaced value's replacement in every
   * column that holds exactly that value.
   */
  void copy(Map<String, String> replacements) throws SQLException {
    Map<String, String> values = new HashMap<>(replacements);
    ids.forEach(id -> values.put(id, UUID.randomUUID().toString()));
    for (Map.Entry<String, List<Map<String, Object>>> table : rowsByTable.entrySet()) {
      PreparedStatement insert = insertInto(table.getKey(), table.getValue().get(0).keySet());
      for (Map<String, Object> row : table.getValue()) {
        int index = 1;
        for (Object value : row.values()) {
          Object written = value instanceof String text ? values.getOrDefault(text, text) : value;
          insert.setObject(index++, written);
        }
        insert.addBatch();
      }
    }
  }

  /** Writes the pending copies. */
  void flush() throws SQLException {
    for (PreparedStatement insert : inserts.values()) {
      insert.executeBatch();
    }
  }

  private PreparedStatement insertInto(String table, Set<String> columns) throws SQLException {
    PreparedStatement insert = inserts.get(table);
    if (insert == null) {
      insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
          + ") values (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")");
      inserts.put(table, insert);
    }
    return insert;
  }

  private List<String> engineTables(DatabaseMetaData meta) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet found = meta.getTables(null, connection.getSchema(), "act_%", new String[] {"TABLE"})) {
      while (found.next()) {
        String table = found.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (table.startsWith("act_ru_") || table.startsWith("act_hi_") || table.equals("act_ge_bytearray")) {
          tables.add(table);
        }
      }
    }
    return tables;
  }

  private String instanceColumn(DatabaseMetaData meta, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet found = meta.getColumns(null, connection.getSchema(), table, "%")) {
      while (found.next()) {
        columns.add(found.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return INSTANCE_COLUMNS.stream().filter(columns::contains).findFirst().orElse(null);
  }
}
