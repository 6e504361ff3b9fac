package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.flipside.api.Actor;
import org.flipside.api.Flipside;
import org.flipside.api.FocusDimension;
import org.flipside.api.NewProgramme;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeMode;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;
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

  final TestOrganisation organisation;
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
    this(database, new TestOrganisation(), launcher);
  }

  /** Flipside started as a plain library for this organisation. */
  FlipsideHost(TestDatabase database, TestOrganisation organisation) {
    this(database, organisation, EmbeddedFlipside::start);
  }

  private FlipsideHost(TestDatabase database, TestOrganisation organisation,
      Function<FlipsideSettings, Flipside> launcher) {
    this.database = database;
    this.organisation = organisation;
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
        Map.entry(Vars.GOALS.name(), "Leaders understand the barriers BME colleagues face in progressing to Band 8 and above"),
        Map.entry(Vars.GAP_ANALYSIS.name(), "BME staff are 11% of the workforce and 2% of Bands 8-9"),
        Map.entry(Vars.STAFF_NETWORKS.name(), "BME staff network"),
        Map.entry(Vars.COHORT_SIZE.name(), 2),
        Map.entry(Vars.APPLICATION_WINDOW_DAYS.name(), 14),
        Map.entry(Vars.SESSIONS_START.name(), "2027-03-01"),
        Map.entry(Vars.DURATION_MONTHS.name(), 2),
        Map.entry(Vars.SESSION_CADENCE.name(), "P1M"),
        Map.entry(Vars.MENTOR_MAXIMUM_BAND.name(), 5),
        Map.entry(Vars.MENTEE_MINIMUM_BAND.name(), 8),
        Map.entry(Vars.MINIMUM_BAND_GAP.name(), 3));
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
    complete(TestOrganisation.HR, Forms.SCOPE_PILOT, scope);
    complete(TestOrganisation.CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    apply(TestOrganisation.FINANCE_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, career progression",
        Vars.LEARNING_INTERESTS.name(), "operations"));
    apply(TestOrganisation.OPS_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, flexible working",
        Vars.LEARNING_INTERESTS.name(), "finance"));
    apply(TestOrganisation.DIR_OPS, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race, career progression",
        Vars.LEADS_AREA.name(), "operations"));
    apply(TestOrganisation.MGR_FINANCE, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "flexible working",
        Vars.LEADS_AREA.name(), "finance"));
    complete(TestOrganisation.CEO, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));
    passTime(Duration.ofDays(15));
    complete(TestOrganisation.HR, Forms.REVIEW_APPLICATIONS, Map.of());
    return programmeId;
  }

  /**
   * The pilot with its two pairs published (finance-1 mentors dir-ops, ops-1 mentors mgr-finance),
   * its kick-off workshops held and registered, and its sessions begun.
   */
  String pilotInSessions() {
    return pilotInSessions(Map.of());
  }

  /** As {@link #pilotInSessions()}, scoped with these answers in place of the usual ones. */
  String pilotInSessions(Map<String, Object> scopeChanges) {
    String programmeId = pilotAwaitingMatchReview(scopeChanges);
    complete(TestOrganisation.HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : tasks(TestOrganisation.HR, Forms.WORKSHOP_ATTENDANCE)) {
      flipside.inbox().complete(Actor.of(TestOrganisation.HR), register.id(), Map.of(Vars.ATTENDEE_IDS.name(), List.of()));
    }
    return programmeId;
  }

  /** Scopes and signs off a new pilot, which opens its recruitment; the employees invited to apply. */
  List<String> invitedToANewPilot() {
    createPilot();
    complete(TestOrganisation.HR, Forms.SCOPE_PILOT, pilotScope());
    complete(TestOrganisation.CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    return notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY);
  }

  /** Applies to the open programme in one role, with the rest of the form's answers. */
  void apply(String employeeId, String role, Map<String, Object> answers) {
    Map<String, Object> form = new HashMap<>(answers);
    form.put(Vars.INTEREST.name(), role);
    form.put(Vars.PREFERRED_FORMAT.name(), "either");
    complete(employeeId, Forms.APPLICATION, form);
  }

  /** The mentee drafts the pair's learning agreement and the mentor agrees to it. */
  void agree(String mentee, String mentor) {
    complete(mentee, Forms.LEARNING_AGREEMENT, Map.of(
        Vars.CONFIDENTIALITY_AGREED.name(), true, Vars.MEETING_FORMAT.name(), "online", Vars.FREQUENCY.name(), "P1M", Vars.ARRANGER.name(), "mentee",
        Vars.PROTECTED_TIME.name(), true));
    assertThat((String) task(mentor, Forms.CONFIRM_AGREEMENT).data().get(Vars.AGREEMENT_SUMMARY.name()))
        .contains("the mentee arranges meetings");
    complete(mentor, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "agree"));
  }

  /** A session log's answers for a session held online for an hour. */
  /** A session log's answers for a session held online for an hour, after which the pair goes on. */
  static Map<String, Object> session(String heldOn) {
    return session(heldOn, "continue");
  }

  static Map<String, Object> session(String heldOn, String continuePairing) {
    return Map.of(Vars.HELD.name(), "yes", Vars.HELD_ON.name(), heldOn, Vars.DURATION_MINUTES.name(), 60, Vars.FORMAT.name(), "online",
        Vars.CONTINUE_PAIRING.name(), continuePairing);
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

  /** The programme's lifecycle's variables as the engine holds them, by name: numbers as numbers, the rest by type. */
  Map<String, Object> lifecycleVariables(String programmeId) {
    String sql = "SELECT v.NAME_, v.TYPE_, v.LONG_ FROM ACT_RU_VARIABLE v JOIN ACT_RU_EXECUTION e"
        + " ON e.ID_ = v.PROC_INST_ID_ AND e.ID_ = e.PROC_INST_ID_"
        + " JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_"
        + " WHERE e.BUSINESS_KEY_ = ? AND d.KEY_ = '" + Processes.LIFECYCLE + "'";
    Map<String, Object> variables = new HashMap<>();
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, programmeId);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          String type = result.getString(2);
          variables.put(result.getString(1), "integer".equals(type) || "long".equals(type)
              ? (Object) result.getLong(3) : type);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return variables;
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
