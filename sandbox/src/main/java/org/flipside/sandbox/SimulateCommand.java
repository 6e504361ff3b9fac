package org.flipside.sandbox;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.flipside.api.InvalidProcessesException;
import org.flipside.api.ProcessResource;
import org.flipside.sandbox.report.ReportFiles;
import org.flipside.sandbox.report.SummaryPrinter;
import org.flipside.sandbox.report.TimelinePrinter;
import org.flipside.sandbox.simulation.ProgrammePreset;
import org.flipside.sandbox.simulation.Simulation;
import org.flipside.sandbox.simulation.SimulationResult;
import org.flipside.sandbox.simulation.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
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

  @Option(names = "--programme", paramLabel = "NAME",
      description = "Runs a seed programme in its own shape instead of the default pilot: pharmacy (11 pairs inside "
          + "one directorate, a liaison, trainers, coaching, feedback sessions, a presentation), internal (15 leaders "
          + "including the managing director, pairs choosing their rhythm above a monthly minimum) or reciprocal (a "
          + "board cohort, then a cascade that takes the waitlist, outcomes over three years). It fixes --pairs and "
          + "--cohorts (giving them other values is refused) and sets --employees' default to what its audience "
          + "needs; --seed, --start, --report-dir and --processes work as usual.")
  private String programme;

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
    out.printf("Flipside sandbox: simulating %s%d pair%s per cohort, %d cohort%s, %d employees, seed %d%n%n",
        settings.preset() == null ? "" : "the " + settings.preset().optionValue() + " programme, ",
        settings.pairs(), settings.pairs() == 1 ? "" : "s", settings.cohorts(), settings.cohorts() == 1 ? "" : "s",
        settings.employees(), settings.seed());
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
    if (result.presetRecord() != null) {
      new TimelinePrinter(out).printTeamSteps("The programme team, through Flipside's API",
          result.presetRecord().steps());
    }
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
    Instant startsAt = start.atTime(9, 0).toInstant(ZoneOffset.UTC);
    if (programme != null) {
      return presetSettings(preset(), startsAt);
    }
    try {
      return new SimulationSettings(pairs, organisationOptions.seed, organisationOptions.employees, cohorts, startsAt);
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), invalid.getMessage());
    }
  }

  private ProgrammePreset preset() {
    return Arrays.stream(ProgrammePreset.values()).filter(p -> p.optionValue().equals(programme)).findFirst()
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "--programme: '" + programme
            + "' is not a seed programme; choose one of " + ProgrammePreset.optionValues()));
  }

  /** The preset's shape; an option that would change it is refused, naming the option. */
  private SimulationSettings presetSettings(ProgrammePreset preset, Instant startsAt) {
    ParseResult given = spec.commandLine().getParseResult();
    refuseIfOther(given, "--pairs", pairs, preset.pairs(), preset);
    refuseIfOther(given, "--cohorts", cohorts, preset.cohorts(), preset);
    int employees = given.hasMatchedOption("--employees") ? organisationOptions.employees : preset.defaultEmployees();
    try {
      return SimulationSettings.of(preset, organisationOptions.seed, employees, startsAt);
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), "--employees: " + invalid.getMessage());
    }
  }

  private void refuseIfOther(ParseResult given, String option, int value, int fixed, ProgrammePreset preset) {
    if (given.hasMatchedOption(option) && value != fixed) {
      throw new ParameterException(spec.commandLine(), option + ": the " + preset.optionValue()
          + " programme runs with " + option + " " + fixed + ", not " + value + "; leave " + option + " out");
    }
  }
}
