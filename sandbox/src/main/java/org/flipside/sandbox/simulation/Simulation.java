package org.flipside.sandbox.simulation;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.flipside.api.Actor;
import org.flipside.api.EvaluationDocument;
import org.flipside.api.Flipside;
import org.flipside.api.NotFoundException;
import org.flipside.embed.FlipsideSettings;
import org.flipside.sandbox.host.FelixHost;
import org.flipside.sandbox.host.SandboxDatabase;
import org.flipside.sandbox.host.SandboxKeys;
import org.flipside.sandbox.organisation.OrganisationGenerator;
import org.flipside.sandbox.organisation.SyntheticDirectory;
import org.flipside.sandbox.organisation.SyntheticOrganisation;

/**
 * One simulated programme from start to end: generates the organisation, installs the Flipside
 * bundle in the sandbox's OSGi framework on an in-memory database with the sandbox's directory,
 * notifier, calendar, learning system and clock (and no background jobs, so the simulation alone moves time), runs
 * the programme, and collects what happened.
 */
public final class Simulation {

  /**
   * Runs a programme. A run that gets stuck still returns what happened up to then, with the
   * reason in {@link SimulationResult#problem()}.
   *
   * @param settings what to simulate
   * @return the outcome
   */
  public SimulationResult run(SimulationSettings settings) {
    SyntheticOrganisation organisation = new OrganisationGenerator().generate(settings.seed(), settings.employees());
    SimulationContext context = new SimulationContext(settings, organisation);
    SimulatedClock clock = new SimulatedClock(settings.start());
    RecordingNotifier notifier = new RecordingNotifier();
    RecordingCalendar calendar = new RecordingCalendar();
    RecordingLearningRecords learning = new RecordingLearningRecords(context.tally);

    long starting = System.nanoTime();
    try (HikariDataSource database = SandboxDatabase.open();
        Flipside flipside = FelixHost.start(
            new FlipsideSettings(database, new SyntheticDirectory(organisation), notifier, calendar, clock, false)
                .withReflectionKey(SandboxKeys.reflectionKey())
                .withLearningRecords(learning))) {
      Duration startup = Duration.ofNanos(System.nanoTime() - starting);
      long running = System.nanoTime();
      SimulationRun run = new SimulationRun(flipside, clock, notifier, context);
      String programmeId = run.createProgramme();
      String problem = null;
      try {
        run.runToEnd(programmeId);
      } catch (SimulationStalled stalled) {
        problem = stalled.getMessage();
      }
      Actor manager = Actor.of(context.cast.programmeManagerId());
      return new SimulationResult(settings, organisation, context.plan,
          flipside.programmes().status(manager, programmeId),
          flipside.programmes().timeline(manager, programmeId),
          context.tally, notifier.countsByTopic(), notifier.total(), calendar.invites(), calendar.events(),
          settings.start(), clock.instant(), startup, Duration.ofNanos(System.nanoTime() - running),
          sponsorsReport(flipside, context, programmeId), problem);
    }
  }

  /** The sponsor reads the latest evaluation report; there is none when the run stopped before an evaluation. */
  private static EvaluationDocument sponsorsReport(Flipside flipside, SimulationContext context, String programmeId) {
    try {
      return flipside.reports().evaluationReport(Actor.of(context.cast.sponsorId()), programmeId);
    } catch (NotFoundException none) {
      return null;
    }
  }
}
