package org.flipside.model.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the database's catalogue says of Flipside's tables in a DataSource's current schema, one line per fact, in
 * an order that does not depend on how the schema was built: tables, their columns (position, type, size,
 * nullability, default), primary keys, foreign keys with their rules, indexes, and unique and check constraints.
 * Two schemas built the same way print the same lines; names the database makes up from its internal object ids are
 * printed without the id, since two schemas never share those.
 */
final class SchemaCatalog {

  /** PostgreSQL's implicit NOT NULL constraints are named after the OIDs of the schema and table. */
  private static final String POSTGRES_NOT_NULL = "\\d+_\\d+_\\d+_not_null";
  /** H2 names the indexes behind constraints after the constraint and an object id. */
  private static final String H2_GENERATED_INDEX = "(?i)(.*_INDEX|PRIMARY_KEY)_[0-9A-F]+";

  private SchemaCatalog() {
  }

  /** The catalogue's lines for every table of the current schema but Flyway's history. */
  static List<String> of(DataSource dataSource) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      String schema = connection.getSchema();
      for (String table : tables(metadata, schema)) {
        lines.add("table " + table);
        columns(metadata, schema, table, lines);
        primaryKey(metadata, schema, table, lines);
        foreignKeys(metadata, schema, table, lines);
        indexes(metadata, schema, table, lines);
      }
      constraints(connection, schema, lines);
    }
    return lines;
  }

  private static List<String> tables(DatabaseMetaData metadata, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet table = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (table.next()) {
        String name = table.getString("TABLE_NAME");
        if (!name.equalsIgnoreCase(SchemaMigrations.HISTORY_TABLE)) {
          tables.add(name);
        }
      }
    }
    tables.sort(null);
    return tables;
  }

  private static void columns(DatabaseMetaData metadata, String schema, String table, List<String> lines)
      throws SQLException {
    try (ResultSet column = metadata.getColumns(null, schema, table, "%")) {
      while (column.next()) {
        lines.add(String.join(" ", "column", table, column.getString("ORDINAL_POSITION"),
            column.getString("COLUMN_NAME"), column.getString("TYPE_NAME"), column.getString("COLUMN_SIZE"),
            column.getString("DECIMAL_DIGITS"), column.getString("IS_NULLABLE"),
            "default=" + column.getString("COLUMN_DEF")));
      }
    }
  }

  private static void primaryKey(DatabaseMetaData metadata, String schema, String table, List<String> lines)
      throws SQLException {
    try (ResultSet key = metadata.getPrimaryKeys(null, schema, table)) {
      while (key.next()) {
        lines.add(String.join(" ", "primary key", table, key.getString("PK_NAME"), key.getString("KEY_SEQ"),
            key.getString("COLUMN_NAME")));
      }
    }
  }

  private static void foreignKeys(DatabaseMetaData metadata, String schema, String table, List<String> lines)
      throws SQLException {
    List<String> keys = new ArrayList<>();
    try (ResultSet key = metadata.getImportedKeys(null, schema, table)) {
      while (key.next()) {
        keys.add(String.join(" ", "foreign key", table, key.getString("FK_NAME"), key.getString("KEY_SEQ"),
            key.getString("FKCOLUMN_NAME"), "references", key.getString("PKTABLE_NAME"),
            key.getString("PKCOLUMN_NAME"), "on update", key.getString("UPDATE_RULE"), "on delete",
            key.getString("DELETE_RULE"), "deferrability", key.getString("DEFERRABILITY")));
      }
    }
    keys.sort(null);
    lines.addAll(keys);
  }

  private static void indexes(DatabaseMetaData metadata, String schema, String table, List<String> lines)
      throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (ResultSet index = metadata.getIndexInfo(null, schema, table, false, false)) {
      while (index.next()) {
        indexes.add(String.join(" ", "index", table,
            index.getString("INDEX_NAME").replaceAll(H2_GENERATED_INDEX, "$1_#"),
            index.getBoolean("NON_UNIQUE") ? "non-unique" : "unique", index.getString("ORDINAL_POSITION"),
            index.getString("COLUMN_NAME"), index.getString("ASC_OR_DESC"), index.getString("FILTER_CONDITION")));
      }
    }
    indexes.sort(null);
    lines.addAll(indexes);
  }

  /** Unique and check constraints with their clauses, which JDBC's metadata does not describe. */
  private static void constraints(Connection connection, String schema, List<String> lines) throws SQLException {
    List<String> constraints = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT t.table_name, t.constraint_name, "
        + "t.constraint_type, c.check_clause FROM information_schema.table_constraints t "
        + "LEFT JOIN information_schema.check_constraints c ON c.constraint_schema = t.constraint_schema "
        + "AND c.constraint_name = t.constraint_name "
        + "WHERE t.table_schema = ? AND t.constraint_type IN ('UNIQUE', 'CHECK')")) {
      query.setString(1, schema);
      try (ResultSet constraint = query.executeQuery()) {
        while (constraint.next()) {
          String name = constraint.getString("constraint_name");
          if (!name.matches(POSTGRES_NOT_NULL)) {
            constraints.add(String.join(" ", "constraint", constraint.getString("table_name"), name,
                constraint.getString("constraint_type"), "check=" + constraint.getString("check_clause")));
          }
        }
      }
    }
    constraints.sort(null);
    lines.addAll(constraints);
  }
}
