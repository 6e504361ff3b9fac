package org.flipside.sandbox;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.flipside.api.Actor;
import org.flipside.api.FocusDimension;
import org.flipside.api.NewProgramme;
import org.flipside.api.ProgrammeMode;
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
import org.flipside.spi.FlipsideRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code serve}: runs Flipside in the sandbox's framework with an HTTP service, on the real clock, until stopped, so a
 * process owner can deploy to it from Camunda Modeler.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Runs Flipside with an HTTP service on 127.0.0.1 until Ctrl-C: its web console, where you sign in as any",
        "employee of the synthetic organisation, and the endpoint of Camunda Modeler's Deploy button.",
        "The synthetic organisation's process owner and HR admins may deploy, with the sandbox's password."},
    sortOptions = false)
final class ServeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The HTTP port (default: ${DEFAULT-VALUE}).")
  private int port;

  @Mixin
  private OrganisationOptions organisationOptions;

  @Override
  public Integer call() throws InterruptedException {
    SyntheticOrganisation organisation =
        new OrganisationGenerator().generate(organisationOptions.seed, organisationOptions.employees);
    HikariDataSource database = SandboxDatabase.open();
    FelixHost felix;
    try {
      felix = FelixHost.serving(new FlipsideSettings(database, new SyntheticDirectory(organisation),
          new RecordingNotifier(), new RecordingCalendar(), Clock.systemUTC(), true)
          .withReflectionKey(SandboxKeys.reflectionKey()), port);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    // Ctrl-C ends the JVM: the framework and the database close on its way out
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      felix.close();
      database.close();
    }));
    // a programme to click through: its manager scopes it, its sponsor signs it off, the invitees apply
    String manager = organisation.hrAdminIds().get(0);
    felix.programmes().create(Actor.of(manager), new NewProgramme(
        "Reverse mentoring pilot " + Year.now(ZoneOffset.UTC), ProgrammeMode.REVERSE,
        Set.of(FocusDimension.RACE_AND_ETHNICITY), "reverse mentor", "reverse mentee", organisation.sponsorId()));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Flipside's web console: http://127.0.0.1:%d%s (sign in as any employee, on the sandbox's own "
        + "sign-in page)%n", port, FelixHost.CONSOLE_PATH);
    out.printf("A new pilot waits for its scope: sign in as %s (HR admin) to scope it, then as %s (sponsor) to sign "
        + "it off; the employees it invites then find the application in their inbox.%n", manager,
        organisation.sponsorId());
    out.printf("Flipside serves Camunda Modeler at http://127.0.0.1:%d%s%n", port, ProcessLibrary.MODELER_PATH);
    out.printf("In Modeler: Deploy, Camunda 7, that REST endpoint, authentication Basic, user %s (process owner) "
        + "or %s (HR admin), password %s. Ctrl-C stops.%n",
        organisation.holdersOf(FlipsideRoles.PROCESS_OWNER).get(0), organisation.hrAdminIds().get(0),
        SandboxAuthenticator.PASSWORD);
    out.flush();
    new CountDownLatch(1).await();
    return 0;
  }
}
