package org.flipside.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.sql.DataSource;

/** Looks through every value of every table of a test's schema, Flipside's and the engine's, for a piece of text. */
final class DatabaseScan {

  private DatabaseScan() {}

  /** Where the text occurs, as {@code table.column}; binary values are read as UTF-8. */
  static List<String> placesHolding(DataSource dataSource, String text) {
    return placesHoldingAny(dataSource, List.of(text), table -> true).getOrDefault(text, List.of());
  }

  /**
   * Where each of the texts occurs in the tables whose names pass the filter, as {@code table.column} by text; a
   * text found nowhere is left out. One pass over the tables, however many texts.
   */
  static Map<String, List<String>> placesHoldingAny(DataSource dataSource, Collection<String> texts,
      Predicate<String> tableName) {
    Map<String, List<String>> places = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet table = connection.getMetaData()
          .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (table.next()) {
          tables.add(table.getString("TABLE_NAME"));
        }
      }
      for (String table : tables.stream().filter(tableName).toList()) {
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
          ResultSetMetaData columns = rows.getMetaData();
          while (rows.next()) {
            for (int column = 1; column <= columns.getColumnCount(); column++) {
              String value = readable(rows.getObject(column));
              if (value == null) {
                continue;
              }
              for (String text : texts) {
                if (value.contains(text)) {
                  places.computeIfAbsent(text, found -> new ArrayList<>()).add(table + "." + columns.getColumnName(column));
                }
              }
            }
          }
        }
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("could not scan the database", e);
    }
    return places;
  }

  /** Every table of the schema, to prove the scan looked at the engine's tables too. */
  static long tableCount(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        ResultSet table = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      long count = 0;
      while (table.next()) {
        count++;
      }
      return count;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String readable(Object value) throws SQLException, IOException {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (value instanceof Blob blob) {
      try (InputStream in = blob.getBinaryStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    if (value instanceof Clob clob) {
      try (Reader in = clob.getCharacterStream()) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int read; (read = in.read(buffer)) > 0; ) {
          text.append(buffer, 0, read);
        }
        return text.toString();
      }
    }
    return value.toString();
  }
}
