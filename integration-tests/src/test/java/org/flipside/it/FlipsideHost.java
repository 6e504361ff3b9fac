package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.flipside.api.Actor;
import org.flipside.api.FocusDimension;
import org.flipside.api.Flipside;
import org.flipside.api.NewProgramme;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeMode;
import org.flipside.embed.EmbeddedFlipside;
import org.flipside.embed.FlipsideSettings;
import org.flipside.sandbox.host.SandboxKeys;
import org.flipside.sandbox.simulation.SimulatedClock;

/**
 * A test host: Flipside started on a test database with the test organisation, a recording
 * notifier and calendar and a simulated clock, and helpers that act as employees through the API.
 */
final class FlipsideHost implements AutoCloseable {

  static final Instant START = Instant.parse("2027-01-04T09:00:00Z");

  final TestOrganisation organisation = new TestOrganisation();
  final RecordingNotifier notifier = new RecordingNotifier();
  final RecordingCalendar calendar = new RecordingCalendar();
  final RecordingLearningRecords learning = new RecordingLearningRecords();
  final SimulatedClock clock = new SimulatedClock(START);
  final TestDatabase database;
  final Flipside flipside;

  /** Flipside started as a plain library, on the test's thread. */
  FlipsideHost(TestDatabase database) {
    this(database, EmbeddedFlipside::start);
  }

  /** Flipside started by the given launcher, such as one that installs the bundle in Felix. */
  FlipsideHost(TestDatabase database, Function<FlipsideSettings, Flipside> launcher) {
    this.database = database;
    this.flipside = launcher.apply(
        new FlipsideSettings(database.dataSource(), organisation, notifier, calendar, clock, false)
            .withReflectionKey(SandboxKeys.reflectionKey())
            .withLearningRecords(learning));
  }

  String createPilot() {
    return flipside.programmes().create(Actor.of(TestOrganisation.HR), new NewProgramme(
        "Board reverse mentoring pilot", ProgrammeMode.REVERSE, Set.of(FocusDimension.RACE_AND_ETHNICITY),
        "reverse mentor", "reverse mentee", TestOrganisation.CEO)).id();
  }

  static Map<String, Object> pilotScope() {
    return Map.ofEntries(
        Map.entry("goals", "Leaders understand the barriers BME colleagues face in progressing to Band 8 and above"),
        Map.entry("gapAnalysis", "BME staff are 11% of the workforce and 2% of Bands 8-9"),
        Map.entry("staffNetworks", "BME staff network"),
        Map.entry("cohortSize", 2),
        Map.entry("applicationWindowDays", 14),
        Map.entry("sessionsStart", "2027-03-01"),
        Map.entry("durationMonths", 2),
        Map.entry("sessionCadence", "P1M"),
        Map.entry("mentorMaximumBand", 5),
        Map.entry("menteeMinimumBand", 8),
        Map.entry("minimumBandGap", 3));
  }

  /**
   * A pilot that recruited two mentors (finance-1, ops-1) and two mentees (dir-ops, mgr-finance)
   * and now waits for HR's review of the proposed matches.
   */
  String pilotAwaitingMatchReview() {
    return pilotAwaitingMatchReview(Map.of());
  }

  /** As {@link #pilotAwaitingMatchReview()}, scoped with these answers in place of the usual ones. */
  String pilotAwaitingMatchReview(Map<String, Object> scopeChanges) {
    String programmeId = createPilot();
    Map<String, Object> scope = new HashMap<>(pilotScope());
    scope.putAll(scopeChanges);
    complete(TestOrganisation.HR, "flipside-scope-pilot", scope);
    complete(TestOrganisation.CEO, "flipside-sponsor-sign-off", Map.of("decision", "approve"));
    apply(TestOrganisation.FINANCE_1, "mentor", Map.of("livedExperienceTopics", "race, career progression",
        "learningInterests", "operations"));
    apply(TestOrganisation.OPS_1, "mentor", Map.of("livedExperienceTopics", "race, flexible working",
        "learningInterests", "finance"));
    apply(TestOrganisation.DIR_OPS, "mentee", Map.of("learningInterests", "race, career progression",
        "leadsArea", "operations"));
    apply(TestOrganisation.MGR_FINANCE, "mentee", Map.of("learningInterests", "flexible working",
        "leadsArea", "finance"));
    complete(TestOrganisation.CEO, "flipside-application", Map.of("interest", "none"));
    passTime(Duration.ofDays(15));
    complete(TestOrganisation.HR, "flipside-review-applications", Map.of());
    return programmeId;
  }

  /**
   * The pilot with its two pairs published (finance-1 mentors dir-ops, ops-1 mentors mgr-finance),
   * its kick-off workshops held and registered, and its sessions begun.
   */
  String pilotInSessions() {
    String programmeId = pilotAwaitingMatchReview();
    complete(TestOrganisation.HR, "flipside-review-matches", Map.of("decision", "publish"));
    passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : tasks(TestOrganisation.HR, "flipside-workshop-attendance")) {
      flipside.inbox().complete(Actor.of(TestOrganisation.HR), register.id(), Map.of("attendeeIds", List.of()));
    }
    return programmeId;
  }

  /** Applies to the open programme in one role, with the rest of the form's answers. */
  void apply(String employeeId, String role, Map<String, Object> answers) {
    Map<String, Object> form = new HashMap<>(answers);
    form.put("interest", role);
    form.put("preferredFormat", "either");
    complete(employeeId, "flipside-application", form);
  }

  /** The mentee drafts the pair's learning agreement and the mentor agrees to it. */
  void agree(String mentee, String mentor) {
    complete(mentee, "flipside-learning-agreement", Map.of(
        "confidentialityAgreed", true, "meetingFormat", "online", "frequency", "P1M", "arranger", "mentee",
        "protectedTime", true));
    assertThat((String) task(mentor, "flipside-confirm-agreement").data().get("agreementSummary"))
        .contains("the mentee arranges meetings");
    complete(mentor, "flipside-confirm-agreement", Map.of("agreement", "agree"));
  }

  /** A session log's answers for a session held online for an hour. */
  /** A session log's answers for a session held online for an hour, after which the pair goes on. */
  static Map<String, Object> session(String heldOn) {
    return session(heldOn, "continue");
  }

  static Map<String, Object> session(String heldOn, String continuePairing) {
    return Map.of("held", "yes", "heldOn", heldOn, "durationMinutes", 60, "format", "online",
        "continuePairing", continuePairing);
  }

  /** The one open task of this form in the employee's inbox. */
  OpenTask task(String employeeId, String formId) {
    List<OpenTask> tasks = tasks(employeeId, formId);
    assertThat(tasks).as("%s's open %s tasks", employeeId, formId).hasSize(1);
    return tasks.get(0);
  }

  List<OpenTask> tasks(String employeeId, String formId) {
    return flipside.inbox().openTasks(Actor.of(employeeId)).stream()
        .filter(task -> task.formId().equals(formId))
        .toList();
  }

  void complete(String employeeId, String formId, Map<String, Object> data) {
    flipside.inbox().complete(Actor.of(employeeId), task(employeeId, formId).id(), data);
  }

  /** Moves the clock on and runs whatever fell due. */
  void passTime(Duration duration) {
    clock.advance(duration);
    flipside.dueWork().runDue();
  }

  void passTimeTo(Instant instant) {
    clock.advanceTo(instant);
    flipside.dueWork().runDue();
  }

  @Override
  public void close() {
    flipside.close();
    database.close();
  }
}
