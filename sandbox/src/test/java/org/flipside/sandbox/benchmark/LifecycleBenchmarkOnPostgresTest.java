package org.flipside.sandbox.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flipside.sandbox.simulation.SimulationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The lifecycle benchmark on PostgreSQL: a schema of its own for each side, dropped after it, and the server's CPU. */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class LifecycleBenchmarkOnPostgresTest {

  private static final String URL = System.getProperty("flipside.postgres.url",
      "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USER = System.getProperty("flipside.postgres.user", "postgres");
  private static final String BENCHMARK_SCHEMAS =
      "select schema_name from information_schema.schemata where schema_name like 'flipside_bench_%'";

  private final BenchmarkDatabase postgres = BenchmarkDatabase.postgres(URL, USER);

  @Test
  void eachSideWorksInASchemaOfItsOwnThatIsDroppedWhenItCloses() throws SQLException {
    String first;
    String second;
    try (HikariDataSource one = postgres.open(); HikariDataSource other = postgres.open()) {
      first = currentSchema(one);
      second = currentSchema(other);
      execute(one, "create table side (id int)");
      execute(other, "create table side (id int)");
      assertThat(first).startsWith("flipside_bench_").isNotEqualTo(second);
      assertThat(onServer("select table_schema from information_schema.tables where table_name = 'side'"))
          .containsExactlyInAnyOrder(first, second);
    }
    assertThat(onServer(BENCHMARK_SCHEMAS)).doesNotContain(first, second);
  }

  @Test
  void theServersCpuGrowsByTheWorkTheServerDoes() throws SQLException {
    long before = ServerCpu.sample();
    try (Connection connection = DriverManager.getConnection(URL, USER, "");
        Statement statement = connection.createStatement()) {
      // some hundreds of milliseconds of the server's CPU, nearly none of this JVM's
      statement.execute("select sum(sqrt(n)) from generate_series(1, 5000000) as n");
    }
    long used = ServerCpu.sample() - before;

    assertThat(before).isPositive();
    assertThat(used).as("nanoseconds of the server's CPU").isGreaterThan(50_000_000L);
  }

  @Test
  void aSmallProgrammeRunsBothSidesOnPostgresWithTheServersCpuBesideAndLeavesNoSchema() throws SQLException {
    List<String> schemasBefore = onServer(BENCHMARK_SCHEMAS);
    StringWriter printed = new StringWriter();
    // another installation's engine table, which neither side may take for its own
    String decoy = "decoy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    runOnServer("create schema " + decoy + "; create table " + decoy + ".act_ge_property (name_ varchar(64))");

    boolean ran;
    try {
      ran = new LifecycleBenchmark(new PrintWriter(printed, true), postgres)
          .run(new SimulationSettings(3, 42, 80, 1, Instant.parse("2027-01-04T09:00:00Z")), 2);
    } finally {
      runOnServer("drop schema " + decoy + " cascade");
    }

    String output = printed.toString();
    assertThat(ran).as(output).isTrue();
    assertThat(output).contains("PostgreSQL at " + URL, "ran to its end", "server CPU ms", "main+server ms",
        "the whole server's");
    for (String side : List.of("Flipside, cold (first programme)", "bare loop, cold (first round)",
        "Flipside, warm, round 2", "bare loop, warm, round 2")) {
      assertThat(serverCpuPerTask(output, side)).as(output).isPositive();
    }
    assertThat(onServer(BENCHMARK_SCHEMAS)).as("each side's schema dropped").isEqualTo(schemasBefore);
  }

  /** The server CPU column of a side's row in the per-task table: the sixth figure after the 34-wide label. */
  private static double serverCpuPerTask(String output, String side) {
    String row = output.lines().filter(line -> line.startsWith(side)).findFirst().orElseThrow();
    return Double.parseDouble(row.substring(34).trim().split("\\s+")[5]);
  }

  private static String currentSchema(HikariDataSource database) throws SQLException {
    try (Connection connection = database.getConnection()) {
      return connection.getSchema();
    }
  }

  private static void execute(HikariDataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static void runOnServer(String statements) throws SQLException {
    try (Connection connection = DriverManager.getConnection(URL, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(statements);
    }
  }

  private static List<String> onServer(String query) throws SQLException {
    try (Connection connection = DriverManager.getConnection(URL, USER, "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
