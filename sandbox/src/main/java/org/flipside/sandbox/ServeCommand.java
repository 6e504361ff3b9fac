package org.flipside.sandbox;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.flipside.api.Actor;
import org.flipside.api.FocusDimension;
import org.flipside.api.NewProgramme;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.Stage;
import org.flipside.embed.FlipsideSettings;
import org.flipside.api.ProcessLibrary;
import org.flipside.sandbox.host.FelixHost;
import org.flipside.sandbox.host.SandboxAuthenticator;
import org.flipside.sandbox.host.SandboxDatabase;
import org.flipside.sandbox.host.SandboxKeys;
import org.flipside.sandbox.organisation.OrganisationGenerator;
import org.flipside.sandbox.organisation.SyntheticDirectory;
import org.flipside.sandbox.organisation.SyntheticOrganisation;
import org.flipside.sandbox.simulation.RecordingCalendar;
import org.flipside.sandbox.simulation.RecordingNotifier;
import org.flipside.sandbox.simulation.SimulatedClock;
import org.flipside.sandbox.simulation.Simulation;
import org.flipside.sandbox.simulation.SimulationSettings;
import org.flipside.sandbox.simulation.SimulationStalled;
import org.flipside.spi.FlipsideRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code serve}: runs Flipside in the sandbox's framework with an HTTP service until stopped, so people can click
 * through it and a process owner can deploy to it from Camunda Modeler. It runs on a simulated clock that keeps pace
 * with real time and that the sandbox's clock page moves on by days or weeks; {@code --until} first lets the simulated
 * participants take the programme to a stage.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Runs Flipside with an HTTP service on 127.0.0.1 until Ctrl-C: its web console, where you sign in as any "
            + "employee of the synthetic organisation, the sandbox's clock page, and the endpoint of Camunda "
            + "Modeler's Deploy button. The synthetic organisation's process owner and HR admins may deploy, with "
            + "the sandbox's password."},
    sortOptions = false)
final class ServeCommand implements Callable<Integer> {

  /** Where the sandbox's clock page is, on the HTTP service (the sandbox's sign-in bundle serves it). */
  static final String CLOCK_PATH = "/sandbox/clock";

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The HTTP port (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--until", paramLabel = "STAGE", converter = StageConverter.class,
      description = "Fast-forward: the simulated participants take the programme until it reaches this stage, then "
          + "leave the rest to you: pilot-scoping, recruitment, matching, kick-off-workshops, sessions, evaluation, "
          + "rollout or closed. Without it a new pilot waits for its scope.")
  private Stage until;

  @Option(names = "--pairs", paramLabel = "N", defaultValue = "10",
      description = "Pairs the fast-forwarded pilot is scoped for (default: ${DEFAULT-VALUE}).")
  private int pairs;

  @Option(names = "--start", paramLabel = "DATE",
      description = "The simulated date the sandbox starts on, YYYY-MM-DD (default: today).")
  private LocalDate start;

  @Mixin
  private OrganisationOptions organisationOptions;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    SimulationSettings settings = settings();
    SyntheticOrganisation organisation =
        new OrganisationGenerator().generate(organisationOptions.seed, organisationOptions.employees);
    SimulatedClock clock = new SimulatedClock(settings.start());
    RecordingNotifier notifier = new RecordingNotifier();
    HikariDataSource database = SandboxDatabase.open();
    FelixHost felix;
    try {
      felix = FelixHost.serving(new FlipsideSettings(database, new SyntheticDirectory(organisation),
          notifier, new RecordingCalendar(), clock, false)
          .withReflectionKey(SandboxKeys.reflectionKey()), port);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    ServedClock served = new ServedClock(clock, felix.flipside().dueWork(), spec.commandLine().getErr());
    // Ctrl-C ends the JVM: the clock, the framework and the database close on its way out
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      served.close();
      felix.close();
      database.close();
    }));
    String manager = organisation.hrAdminIds().get(0);
    if (until == null) {
      // a programme to click through: its manager scopes it, its sponsor signs it off, the invitees apply
      felix.flipside().programmes().create(Actor.of(manager), new NewProgramme(
          "Reverse mentoring pilot " + clock.instant().atZone(ZoneOffset.UTC).getYear(), ProgrammeMode.REVERSE,
          Set.of(FocusDimension.RACE_AND_ETHNICITY), "reverse mentor", "reverse mentee", organisation.sponsorId()));
    } else {
      out.printf("Fast-forwarding a pilot of %d pairs to %s with the simulated participants...%n", pairs,
          StageConverter.name(until));
      out.flush();
      try {
        String programmeId = Simulation.fastForward(felix.flipside(), clock, notifier, settings, organisation, until);
        out.printf("The pilot is in %s on %s (simulated); what the participants had not yet answered waits in their "
            + "inboxes.%n", StageConverter.name(felix.flipside().programmes().status(Actor.of(manager), programmeId).stage()),
            clock.instant());
      } catch (SimulationStalled stalled) {
        spec.commandLine().getErr().println("The fast-forward stopped early: " + stalled.getMessage());
      }
    }
    served.start();
    felix.offerClockControl(served::advance);
    out.printf("Flipside's web console: http://127.0.0.1:%d%s (sign in as any employee, on the sandbox's own "
        + "sign-in page)%n", port, FelixHost.CONSOLE_PATH);
    if (until == null) {
      out.printf("A new pilot waits for its scope: sign in as %s (HR admin) to scope it, then as %s (sponsor) to "
          + "sign it off; the employees it invites then find the application in their inbox.%n", manager,
          organisation.sponsorId());
    } else {
      out.printf("Sign in as %s (HR admin, the pilot's manager) or %s (sponsor), or as any participant.%n", manager,
          organisation.sponsorId());
    }
    out.printf("The sandbox's clock (simulated, now %s) runs with real time; move it on at http://127.0.0.1:%d%s%n",
        clock.instant(), port, CLOCK_PATH);
    out.printf("Flipside serves Camunda Modeler at http://127.0.0.1:%d%s%n", port, ProcessLibrary.MODELER_PATH);
    out.printf("In Modeler: Deploy, Camunda 7, that REST endpoint, authentication Basic, user %s (process owner) "
        + "or %s (HR admin), password %s. Ctrl-C stops.%n",
        organisation.holdersOf(FlipsideRoles.PROCESS_OWNER).get(0), organisation.hrAdminIds().get(0),
        SandboxAuthenticator.PASSWORD);
    out.flush();
    new CountDownLatch(1).await();
    return 0;
  }

  private SimulationSettings settings() {
    LocalDate day = start != null ? start : LocalDate.now(ZoneOffset.UTC);
    try {
      return new SimulationSettings(pairs, organisationOptions.seed, organisationOptions.employees, 1,
          day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), invalid.getMessage());
    }
  }

  /** A stage as people type it: {@code kick-off-workshops} for {@link Stage#KICK_OFF_WORKSHOPS}. */
  static final class StageConverter implements ITypeConverter<Stage> {

    @Override
    public Stage convert(String value) {
      String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      return Arrays.stream(Stage.values()).filter(stage -> stage.name().equals(wanted)).findFirst()
          .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a stage; the stages are "
              + Arrays.stream(Stage.values()).map(StageConverter::name).collect(Collectors.joining(", "))));
    }

    static String name(Stage stage) {
      return stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
