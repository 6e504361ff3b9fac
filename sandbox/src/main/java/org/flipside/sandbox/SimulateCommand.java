package org.flipside.sandbox;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.flipside.api.InvalidProcessesException;
import org.flipside.api.ProcessResource;
import org.flipside.sandbox.report.ReportFiles;
import org.flipside.sandbox.report.SummaryPrinter;
import org.flipside.sandbox.report.TimelinePrinter;
import org.flipside.sandbox.simulation.Simulation;
import org.flipside.sandbox.simulation.SimulationResult;
import org.flipside.sandbox.simulation.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code simulate}: runs a reverse mentoring programme through Flipside with a synthetic
 * organisation and simulated employees on a simulated clock, then prints the programme's timeline
 * and a summary. The same seed gives the same run.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
        "Runs a simulated reverse mentoring programme through Flipside on an embedded database and prints "
            + "its timeline and a summary.",
        "A synthetic organisation is generated from the seed; its employees apply, are matched, meet, log "
            + "sessions and answer surveys while a simulated clock moves months on in seconds."},
    sortOptions = false)
final class SimulateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--pairs", paramLabel = "N", defaultValue = "10",
      description = "Pairs per cohort, as the HR admin scopes it (default: ${DEFAULT-VALUE}).")
  private int pairs;

  @Mixin
  private OrganisationOptions organisationOptions;

  @Option(names = "--cohorts", paramLabel = "K", defaultValue = "1",
      description = "Cohorts to run: the sponsor continues until K cohorts ran, then stops "
          + "(default: ${DEFAULT-VALUE}).")
  private int cohorts;

  @Option(names = "--start", paramLabel = "DATE", defaultValue = "2027-01-04",
      description = "The simulated date the programme is created, YYYY-MM-DD (default: ${DEFAULT-VALUE}).")
  private LocalDate start;

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "sandbox/target/report",
      description = "Where to write the evaluation report as HTML and PDF (default: ${DEFAULT-VALUE}).")
  private Path reportFolder;

  @Option(names = "--processes", paramLabel = "DIR",
      description = "A process owner's folder of .bpmn, .dmn and .form files (forms may sit in forms/): the "
          + "organisation's process owner deploys them before the programme starts, so it runs on them. Files "
          + "Flipside refuses are listed with what is wrong, and nothing is simulated.")
  private Path processFolder;

  @Override
  public Integer call() {
    long began = System.nanoTime();
    SimulationSettings settings = settings();
    List<ProcessResource> processes = processes();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Flipside sandbox: simulating %d pair%s per cohort, %d cohort%s, %d employees, seed %d%n%n",
        pairs, pairs == 1 ? "" : "s", cohorts, cohorts == 1 ? "" : "s", organisationOptions.employees,
        organisationOptions.seed);
    out.flush();

    SimulationResult result;
    try {
      result = new Simulation().run(settings, processes);
    } catch (InvalidProcessesException refused) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("Flipside refused the files in " + processFolder + ", so nothing was simulated:");
      refused.problems().forEach(problem -> err.println("  " + problem));
      return 2;
    }

    new TimelinePrinter(out).print("Timeline: " + result.status().name(), result.timeline());
    List<Path> reportFiles = result.report() == null ? List.of() : ReportFiles.write(result.report(), reportFolder);
    new SummaryPrinter(out).print(result, Duration.ofNanos(System.nanoTime() - began), reportFiles);
    if (!result.completed()) {
      spec.commandLine().getErr().println("The simulation stopped early: " + result.problem());
      return 1;
    }
    return 0;
  }

  private List<ProcessResource> processes() {
    try {
      return processFolder == null ? List.of() : ProcessFiles.in(processFolder);
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), "--processes: " + invalid.getMessage());
    }
  }

  private SimulationSettings settings() {
    try {
      return new SimulationSettings(pairs, organisationOptions.seed, organisationOptions.employees, cohorts,
          start.atTime(9, 0).toInstant(ZoneOffset.UTC));
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), invalid.getMessage());
    }
  }
}
