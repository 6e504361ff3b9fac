package org.flipside.sandbox;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.flipside.sandbox.benchmark.BenchmarkDatabase;
import org.flipside.sandbox.benchmark.LifecycleBenchmark;
import org.flipside.sandbox.benchmark.RecruitmentScaling;
import org.flipside.sandbox.simulation.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code benchmark}: simulated programmes through Flipside against the same number of tasks through a bare Camunda
 * engine's inbox loop, in one JVM, cold and warm; prints CPU, SQL statements and transactions per task, start-up, and
 * the ratios; then recruitment's cost per invitation in a small and a large organisation, and their ratio.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
        "Runs simulated programmes through Flipside, one after another in one start, and after each as many tasks "
            + "through a bare Camunda engine that only lists, reads and completes them, in this JVM on the same kind "
            + "of database, and prints CPU, SQL statements and transactions per completed task, cold (the first "
            + "round), warming (the medians of the first half of the rounds after it) and warm (the medians of the "
            + "second half), start-up times, and Flipside's ratios to the bare engine.",
        "Each side runs on a fresh database of its own: an in-memory H2 in this JVM (the default), whose work counts "
            + "as the side's CPU; or, with --database postgres, a schema of its own on the PostgreSQL server at "
            + "--jdbc-url, created as the side starts and dropped as it ends, where the database's work is the "
            + "server's: its CPU (every postgres process on this machine, read from /proc, so meaningful only on an "
            + "otherwise idle server) is printed beside the JVM's, with the main thread's and the server's together.",
        "Then runs recruitment in organisations of each --recruitment size and prints its cost per invitation and "
            + "each size's ratio to the smallest (flat: 1.3 at most)."},
    sortOptions = false)
final class BenchmarkCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--pairs", paramLabel = "N", defaultValue = "10",
      description = "Pairs in the cohort (default: ${DEFAULT-VALUE}).")
  private int pairs;

  @Mixin
  private OrganisationOptions organisationOptions;

  @Option(names = "--start", paramLabel = "DATE", defaultValue = "2027-01-04",
      description = "The simulated date the programme is created, YYYY-MM-DD (default: ${DEFAULT-VALUE}).")
  private LocalDate start;

  @Option(names = "--rounds", paramLabel = "R", defaultValue = "30",
      description = "Programmes Flipside runs one after another in one start, and rounds of the bare engine's loop, "
          + "each answering the same demand; the first of each is cold, the median of the second half is the warm "
          + "figure, the rounds between are warming (default: ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--recruitment", paramLabel = "E,E", split = ",", defaultValue = "400,10000",
      description = "Organisation sizes, smallest first, at which recruitment's cost per invitation is compared; "
          + "0 skips it (default: ${DEFAULT-VALUE}).")
  private List<Integer> recruitmentSizes;

  @Option(names = "--database", paramLabel = "KIND", defaultValue = "h2",
      description = "The database each side runs on: h2 or postgres (default: ${DEFAULT-VALUE}). Recruitment always "
          + "runs on H2.")
  private String databaseKind;

  @Option(names = "--jdbc-url", paramLabel = "URL", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test",
      description = "With --database postgres, the server's database; it must trust --jdbc-user, who may create "
          + "schemas (default: ${DEFAULT-VALUE}).")
  private String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "USER", defaultValue = "postgres",
      description = "With --database postgres, the user to connect as (default: ${DEFAULT-VALUE}).")
  private String jdbcUser;

  @Option(names = "--startup-only",
      description = "Compares only start-up: a bare engine's boot, Flipside's start, a bare engine's boot again; "
          + "no programme runs and --recruitment is ignored.")
  private boolean startupOnly;

  @Override
  public Integer call() {
    SimulationSettings settings;
    try {
      settings = new SimulationSettings(pairs, organisationOptions.seed, organisationOptions.employees, 1,
          start.atTime(9, 0).toInstant(ZoneOffset.UTC));
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), invalid.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    LifecycleBenchmark benchmark = new LifecycleBenchmark(out, database());
    if (startupOnly) {
      return benchmark.runStartup(settings) ? 0 : 1;
    }
    if (rounds < 1) {
      throw new ParameterException(spec.commandLine(), "--rounds must be at least 1, not " + rounds);
    }
    boolean ran = benchmark.run(settings, rounds);
    if (!recruitmentSizes.equals(List.of(0))) {
      ran &= new RecruitmentScaling(out).run(recruitmentSizes, pairs, organisationOptions.seed, settings.start());
    }
    return ran ? 0 : 1;
  }

  private BenchmarkDatabase database() {
    switch (databaseKind) {
      case "postgres":
        return BenchmarkDatabase.postgres(jdbcUrl, jdbcUser);
      case "h2":
        for (String postgresOnly : List.of("--jdbc-url", "--jdbc-user")) {
          if (spec.commandLine().getParseResult().hasMatchedOption(postgresOnly)) {
            throw new ParameterException(spec.commandLine(), postgresOnly + " needs --database postgres");
          }
        }
        return BenchmarkDatabase.H2;
      default:
        throw new ParameterException(spec.commandLine(),
            "--database must be h2 or postgres, not '" + databaseKind + "'");
    }
  }
}
