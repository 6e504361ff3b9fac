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
import org.flywaydb.core.Flyway;
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

  /** The versions of the versioned migrations the module ships, from the oldest. */
  private static List<Integer> versions() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/flipside/model/db/migration"))) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.*\\.sql"))
          .map(name -> Integer.valueOf(name.substring(1, name.indexOf("__"))))
          .sorted()
          .toList();
    }
  }

  /** How many versioned migrations the module ships. */
  private static long migrations() throws IOException {
    return versions().size();
  }

  /** How many of the versioned migrations come after the version. */
  private static long migrationsAfter(int version) throws IOException {
    return versions().stream().filter(later -> later > version).count();
  }

  /** Migrates as a schema migrated before the baseline script existed: every versioned migration, one by one. */
  private static void migrateStepByStep(DataSource dataSource, String target) {
    Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(SchemaMigrations.LOCATION)
        .table(SchemaMigrations.HISTORY_TABLE)
        .target(target)
        .load()
        .migrate();
  }

  @Test
  void migratingAnUpToDateSchemaAgainChangesNothing() throws SQLException, IOException {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    long recorded = count(database.dataSource(), "SELECT COUNT(*) FROM \"flipside_schema_history\"");

    int executed = SchemaMigrations.migrate(database.dataSource());

    assertThat(executed).isZero();
    assertThat(count(database.dataSource(), "SELECT COUNT(*) FROM \"flipside_schema_history\"")).isEqualTo(recorded);
    assertThat(inTransaction((jakarta.persistence.EntityManager em) -> new ProgrammeRepository(em).find(programme.getId()))).isPresent();
  }

  @Test
  void anEmptySchemaIsBuiltByTheBaselineScriptThenTheMigrationsAfterIt() throws SQLException, IOException {
    int baseline = baselineVersion();

    assertThat(count(database.dataSource(), "SELECT COUNT(*) FROM \"flipside_schema_history\" "
        + "WHERE \"version\" = '" + baseline + "' AND \"type\" = 'SQL_BASELINE' AND \"success\""))
        .isEqualTo(1);
    assertThat(historyRows(database.dataSource(), "SQL")).isEqualTo(migrationsAfter(baseline));
  }

  @Test
  void theBaselineScriptBuildsTheSchemaTheMigrationsBuildStepByStep() throws SQLException {
    try (TestDatabase stepByStep = openDatabase()) {
      migrateStepByStep(stepByStep.dataSource(), "latest");

      assertThat(SchemaCatalog.of(database.dataSource()))
          .hasSizeGreaterThan(500)
          .containsExactlyElementsOf(SchemaCatalog.of(stepByStep.dataSource()));
    }
  }

  @Test
  void aSchemaMigratedStepByStepToTheLatestVersionIsUpToDate() throws SQLException {
    try (TestDatabase stepByStep = openDatabase()) {
      migrateStepByStep(stepByStep.dataSource(), "latest");

      assertThat(SchemaMigrations.migrate(stepByStep.dataSource())).isZero();
      assertThat(historyRows(stepByStep.dataSource(), "SQL_BASELINE")).isZero();
    }
  }

  @Test
  void aSchemaMigratedBeforeTheBaselineScriptMigratesOnStepByStep() throws SQLException, IOException {
    int partWay = 40;
    try (TestDatabase older = openDatabase()) {
      migrateStepByStep(older.dataSource(), Integer.toString(partWay));

      int executed = SchemaMigrations.migrate(older.dataSource());

      assertThat(executed).isEqualTo(migrationsAfter(partWay));
      assertThat(historyRows(older.dataSource(), "SQL_BASELINE")).isZero();
      assertThat(SchemaCatalog.of(older.dataSource()))
          .containsExactlyElementsOf(SchemaCatalog.of(database.dataSource()));
    }
  }

  /** How many rows of Flyway's history record a migration of the type ("SQL", "SQL_BASELINE"). */
  private static long historyRows(DataSource dataSource, String type) throws SQLException {
    return count(dataSource, "SELECT COUNT(*) FROM \"flipside_schema_history\" WHERE \"type\" = '" + type + "'");
  }

  /** The version of the newest baseline script. */
  private static int baselineVersion() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/flipside/model/db/baseline"))) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.matches("B\\d+__.*\\.sql"))
          .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
          .max()
          .orElseThrow();
    }
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
