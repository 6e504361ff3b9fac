package org.flipside.model.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.model.testing.Fixtures.T0;
import static org.flipside.model.testing.Fixtures.programme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flipside.model.Programme;
import org.flipside.model.repository.ProgrammeRepository;
import org.flipside.model.testing.PersistenceTestBase;
import org.flipside.model.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The migrations and the schema they leave behind; subclasses pick the database. */
abstract class SchemaContractTest extends PersistenceTestBase {

  /** Everything a session record may say. Adding a column for what was discussed must fail this test. */
  private static final Set<String> SESSION_RECORD_COLUMNS = Set.of("id", "pairing_id", "period_number", "status",
      "held_on", "duration_minutes", "format", "logged_by", "logged_at");

  /** The versioned migrations the module ships. */
  private static long migrations() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/flipside/model/db/migration"))) {
      return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
  }

  @Test
  void migratingAnUpToDateSchemaAgainChangesNothing() throws SQLException, IOException {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));

    int executed = SchemaMigrations.migrate(database.dataSource());

    assertThat(executed).isZero();
    assertThat(count(database.dataSource(), "SELECT COUNT(*) FROM \"flipside_schema_history\" WHERE \"version\" IS NOT NULL")).isEqualTo(migrations());
    assertThat(inTransaction((jakarta.persistence.EntityManager em) -> new ProgrammeRepository(em).find(programme.getId()))).isPresent();
  }

  @Test
  void migratingAHostDatabaseWithItsOwnTablesKeepsTheirRows() throws SQLException, IOException {
    try (TestDatabase host = openDatabase()) {
      execute(host.dataSource(), "CREATE TABLE host_employee (id VARCHAR(36) PRIMARY KEY, name VARCHAR(100))");
      execute(host.dataSource(), "INSERT INTO host_employee (id, name) VALUES ('e1', 'Ada')");

      int executed = SchemaMigrations.migrate(host.dataSource());

      assertThat(executed).isEqualTo(migrations());
      assertThat(count(host.dataSource(), "SELECT COUNT(*) FROM host_employee")).isEqualTo(1);
      assertThat(count(host.dataSource(), "SELECT COUNT(*) FROM fs_programme")).isZero();
    }
  }

  @Test
  void sessionRecordsHaveNoColumnForWhatWasSaid() throws SQLException {
    assertThat(columns("fs_session_record")).containsExactlyInAnyOrderElementsOf(SESSION_RECORD_COLUMNS);
  }

  @Test
  void everyFlipsideTableIsPrefixed() throws SQLException {
    assertThat(tables())
        .hasSize(46)
        .allSatisfy(table -> assertThat(table).startsWith("fs_"));
  }

  @Test
  void everyForeignKeyColumnIsIndexed() throws SQLException {
    List<String> unindexed = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      for (String table : tables()) {
        Set<String> indexedFirstColumns = new HashSet<>();
        try (ResultSet index = metadata.getIndexInfo(null, connection.getSchema(), identifier(metadata, table),
            false, false)) {
          while (index.next()) {
            if (index.getShort("ORDINAL_POSITION") == 1) {
              indexedFirstColumns.add(index.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
          }
        }
        try (ResultSet key = metadata.getImportedKeys(null, connection.getSchema(), identifier(metadata, table))) {
          while (key.next()) {
            String column = key.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
            if (!indexedFirstColumns.contains(column)) {
              unindexed.add(table + "." + column);
            }
          }
        }
      }
    }
    assertThat(unindexed).isEmpty();
  }

  private Set<String> tables() throws SQLException {
    Set<String> tables = new HashSet<>();
    try (Connection connection = database.dataSource().getConnection();
        ResultSet table = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (table.next()) {
        tables.add(table.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    tables.remove(SchemaMigrations.HISTORY_TABLE);
    return tables;
  }

  private Set<String> columns(String table) throws SQLException {
    Set<String> columns = new HashSet<>();
    try (Connection connection = database.dataSource().getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      try (ResultSet column = metadata.getColumns(null, connection.getSchema(), identifier(metadata, table), "%")) {
        while (column.next()) {
          columns.add(column.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return columns;
  }

  /** Unquoted identifiers are folded to upper case by H2 and to lower case by PostgreSQL. */
  private static String identifier(DatabaseMetaData metadata, String name) throws SQLException {
    return metadata.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
  }

  private static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
