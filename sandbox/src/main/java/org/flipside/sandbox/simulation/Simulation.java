package org.flipside.sandbox.simulation;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.flipside.api.Actor;
import org.flipside.api.EvaluationDocument;
import org.flipside.api.Flipside;
import org.flipside.api.InvalidProcessesException;
import org.flipside.api.NotFoundException;
import org.flipside.api.ProcessResource;
import org.flipside.api.ProcessVersion;
import org.flipside.api.Stage;
import org.flipside.embed.FlipsideSettings;
import org.flipside.sandbox.host.FelixHost;
import org.flipside.sandbox.host.SandboxDatabase;
import org.flipside.sandbox.host.SandboxKeys;
import org.flipside.sandbox.organisation.OrganisationGenerator;
import org.flipside.sandbox.organisation.SyntheticDirectory;
import org.flipside.sandbox.organisation.SyntheticOrganisation;

/**
 * One simulated programme from start to end: generates the organisation, installs the Flipside bundle in the
 * sandbox's OSGi framework on an in-memory database (or one the caller opens) with the sandbox's directory, notifier,
 * calendar, learning system and clock (and no background jobs, so the simulation alone moves time), runs the
 * programme, and collects what happened.
 */
public final class Simulation {

  /** The name the process owner's files are deployed under, so an unchanged file is not deployed again. */
  static final String DEPLOYMENT = "sandbox simulation";

  /**
   * Runs a programme. A run that gets stuck still returns what happened up to then, with the
   * reason in {@link SimulationResult#problem()}.
   *
   * @param settings what to simulate
   * @return the outcome
   */
  public SimulationResult run(SimulationSettings settings) {
    return run(settings, List.of());
  }

  /**
   * Runs a programme on a process owner's own diagrams, decision tables and forms: the synthetic organisation's
   * process owner deploys them through the process library before the programme is created, so it starts on them.
   *
   * @param settings what to simulate
   * @param processes the files to deploy first; none to run on the bundle's own
   * @return the outcome
   * @throws InvalidProcessesException when the process library refuses the files; nothing is simulated then
   */
  public SimulationResult run(SimulationSettings settings, List<ProcessResource> processes) {
    return run(settings, processes, RunWatch.NONE);
  }

  /**
   * Runs a programme as {@link #run(SimulationSettings, List)} does, told to a watch.
   *
   * @param settings what to simulate
   * @param processes the files to deploy first; none to run on the bundle's own
   * @param watch what hears of the run's stages and may wrap its database
   * @return the outcome
   * @throws InvalidProcessesException when the process library refuses the files; nothing is simulated then
   */
  public SimulationResult run(SimulationSettings settings, List<ProcessResource> processes, RunWatch watch) {
    return run(settings, processes, watch, SandboxDatabase::open);
  }

  /**
   * Runs a programme as {@link #run(SimulationSettings, List, RunWatch)} does, on a database of the caller's in
   * place of the sandbox's in-memory one, as a benchmark on a database server does. When the watch asks for
   * {@linkplain RunWatch#anotherProgramme another programme}, the same Flipside runs one more with the same settings,
   * cast and chance, created on the same weekday and time as the first, the first week the clock has not passed; the
   * result is then the last programme's (or the first that did not run to its end), with the notifications and
   * calendar entries of all of them.
   *
   * @param settings what to simulate
   * @param processes the files to deploy first; none to run on the bundle's own
   * @param watch what hears of the run's stages and may wrap its database
   * @param database opens a fresh database for the run, which closes it at the end
   * @return the outcome
   * @throws InvalidProcessesException when the process library refuses the files; nothing is simulated then
   */
  public SimulationResult run(SimulationSettings settings, List<ProcessResource> processes, RunWatch watch,
      Supplier<HikariDataSource> database) {
    SyntheticOrganisation organisation = new OrganisationGenerator().generate(settings.seed(), settings.employees());
    SimulationContext context = new SimulationContext(settings, organisation);
    SimulatedClock clock = new SimulatedClock(settings.start());
    RecordingNotifier notifier = new RecordingNotifier();
    RecordingCalendar calendar = new RecordingCalendar();
    RecordingLearningRecords learning = new RecordingLearningRecords(context.tally);

    try (HikariDataSource opened = database.get()) {
      watch.starting();
      long starting = System.nanoTime();
      try (Flipside flipside = FelixHost.start(new FlipsideSettings(watch.database(opened),
          new SyntheticDirectory(organisation), notifier, calendar, clock, false)
          .withReflectionKey(SandboxKeys.reflectionKey())
          .withLearningRecords(learning)).flipside()) {
        Duration startup = Duration.ofNanos(System.nanoTime() - starting);
        List<ProcessVersion> versions = processes.isEmpty() ? List.of()
            : flipside.processLibrary().deploy(Actor.of(context.cast.processOwnerId()), DEPLOYMENT, processes)
                .processes();
        SimulationResult result = runProgramme(settings, organisation, context, flipside, clock, notifier,
            calendar, watch, versions, startup);
        while (result.completed() && watch.anotherProgramme()) {
          SimulationSettings next = settings.withStart(weeksLater(settings.start(), clock.instant()));
          clock.advanceTo(next.start());
          context = new SimulationContext(next, organisation);
          learning.countInto(context.tally);
          result = runProgramme(next, organisation, context, flipside, clock, notifier, calendar, watch, versions,
              startup);
        }
        return result;
      }
    }
  }

  /** The first moment a whole number of weeks after {@code first} that is not before {@code now}. */
  private static Instant weeksLater(Instant first, Instant now) {
    long weeks = Math.max(0, -Math.floorDiv(-Duration.between(first, now).toDays(), 7));
    Instant next = first.plus(Duration.ofDays(7 * weeks));
    return next.isBefore(now) ? next.plus(Duration.ofDays(7)) : next;
  }

  /** Creates one programme in the running Flipside and runs it to its end, or until it stalls or the watch stops it. */
  private static SimulationResult runProgramme(SimulationSettings settings, SyntheticOrganisation organisation,
      SimulationContext context, Flipside flipside, SimulatedClock clock, RecordingNotifier notifier,
      RecordingCalendar calendar, RunWatch watch, List<ProcessVersion> versions, Duration startup) {
    watch.programmeStarting();
    long running = System.nanoTime();
    SimulationRun run = new SimulationRun(flipside, clock, notifier, context, watch);
    String programmeId = run.createProgramme();
    String problem = null;
    try {
      run.runToEnd(programmeId);
    } catch (SimulationStalled stalled) {
      problem = stalled.getMessage();
    }
    watch.programmeEnded(context.tally);
    Actor manager = Actor.of(context.cast.programmeManagerId());
    return new SimulationResult(settings, organisation, context.plan, versions,
        flipside.programmes().status(manager, programmeId),
        flipside.programmes().timeline(manager, programmeId),
        context.tally, notifier.countsByTopic(), notifier.total(), calendar.invites(), calendar.events(),
        calendar.holds(), calendar.holdInvites(), settings.start(), clock.instant(), startup,
        Duration.ofNanos(System.nanoTime() - running), sponsorsReport(flipside, context, programmeId),
        run.presetRecord(), problem);
  }

  /**
   * Fast-forwards a programme in a Flipside that already runs on the simulated clock, with the notifier given to it:
   * the synthetic organisation's programme manager creates the pilot, and the simulated employees take it until it
   * reaches the stage (or ends), moving the clock as they go. Then they stop: what they had not yet answered stays
   * open in their inboxes, for a person to take on.
   *
   * @param flipside the running Flipside
   * @param clock the clock Flipside runs on
   * @param notifier the notifier Flipside sends through
   * @param settings the cohort, seed and organisation to simulate; the organisation must be the one Flipside's
   *     directory holds
   * @param organisation that organisation
   * @param until the stage to stop at
   * @return the programme's id
   * @throws SimulationStalled when the programme cannot get there
   */
  public static String fastForward(Flipside flipside, SimulatedClock clock, RecordingNotifier notifier,
      SimulationSettings settings, SyntheticOrganisation organisation, Stage until) {
    SimulationRun run = new SimulationRun(flipside, clock, notifier, new SimulationContext(settings, organisation),
        RunWatch.NONE);
    String programmeId = run.createProgramme();
    run.runUntil(programmeId, until);
    return programmeId;
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
