package org.flipside.sandbox;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
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
 * {@code benchmark}: one simulated programme through Flipside against the same number of tasks through a bare
 * Camunda engine's inbox loop, in one JVM; prints CPU, SQL statements and transactions per task, start-up, and the
 * ratios; then recruitment's cost per invitation in a small and a large organisation, and their ratio.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
        "Runs one simulated programme through Flipside, then as many tasks through a bare Camunda engine that only "
            + "lists, reads and completes them, in this JVM on the same kind of database, and prints CPU, SQL "
            + "statements and transactions per completed task, start-up times, and Flipside's ratio to the bare "
            + "engine.",
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

  @Option(names = "--recruitment", paramLabel = "E,E", split = ",", defaultValue = "400,10000",
      description = "Organisation sizes, smallest first, at which recruitment's cost per invitation is compared; "
          + "0 skips it (default: ${DEFAULT-VALUE}).")
  private List<Integer> recruitmentSizes;

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
    if (startupOnly) {
      return new LifecycleBenchmark(out).runStartup(settings) ? 0 : 1;
    }
    boolean ran = new LifecycleBenchmark(out).run(settings);
    if (!recruitmentSizes.equals(List.of(0))) {
      ran &= new RecruitmentScaling(out).run(recruitmentSizes, pairs, organisationOptions.seed, settings.start());
    }
    return ran ? 0 : 1;
  }
}
