package org.flipside.sandbox.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.sandbox.organisation.Representation;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;

/**
 * The pilot the simulated HR admin scopes: junior bands up to 5 mentor leaders from Band 8 up, a
 * three-band gap, monthly sessions for six months starting on the first of a month about two months
 * after the run starts, as the seeds' programmes did.
 *
 * @param cohortSize pairs per cohort
 * @param applicationWindowDays how long invitees have to apply
 * @param sessionsStart when the first session period opens
 * @param durationMonths how long the pairs meet
 * @param sessionCadence how often they meet, as an ISO-8601 period
 * @param mentorMaximumBand the most senior band a mentor may be in
 * @param menteeMinimumBand the most junior band a mentee may be in
 * @param minimumBandGap how many bands at least separate a mentee from their mentor
 * @param recruitDepartments the departments or directorates invited; empty for all
 * @param recruitHostGroups the host groups invited; empty for everyone
 * @param scopeAdditions what else the scoping form says, replacing the default pilot's answers where they overlap
 */
public record PilotPlan(
    int cohortSize,
    int applicationWindowDays,
    LocalDate sessionsStart,
    int durationMonths,
    String sessionCadence,
    int mentorMaximumBand,
    int menteeMinimumBand,
    int minimumBandGap,
    List<String> recruitDepartments,
    List<String> recruitHostGroups,
    Map<String, Object> scopeAdditions) {

  private static final int LEAD_TIME_DAYS = 60;

  /** How many days the HR admin adds when too few applied. */
  public static final int EXTENSION_DAYS = 14;

  /** Keeps unmodifiable copies. */
  public PilotPlan {
    recruitDepartments = List.copyOf(recruitDepartments);
    recruitHostGroups = List.copyOf(recruitHostGroups);
    scopeAdditions = Map.copyOf(scopeAdditions);
  }

  /** The plan for a run's settings: the default pilot's, or its preset's bands, audience and scope. */
  public static PilotPlan forRun(SimulationSettings settings) {
    LocalDate leadTimeOver = LocalDate.ofInstant(settings.start(), ZoneOffset.UTC).plusDays(LEAD_TIME_DAYS);
    LocalDate sessionsStart = leadTimeOver.withDayOfMonth(1).plusMonths(1);
    ProgrammePreset preset = settings.preset();
    if (preset == null) {
      return new PilotPlan(settings.pairs(), 21, sessionsStart, 6, "P1M", 5, 8, 3, List.of(), List.of(), Map.of());
    }
    return new PilotPlan(settings.pairs(), 21, sessionsStart, 6, "P1M", preset.mentorMaximumBand(),
        preset.menteeMinimumBand(), preset.minimumBandGap(), preset.recruitDepartments(), preset.recruitHostGroups(),
        preset.scopeAdditions());
  }

  /** The same plan recruiting mentees from a more junior band as well, as an expanded programme does. */
  public PilotPlan withMenteesFrom(int band) {
    return new PilotPlan(cohortSize, applicationWindowDays, sessionsStart, durationMonths, sessionCadence,
        mentorMaximumBand, band, minimumBandGap, recruitDepartments, recruitHostGroups, scopeAdditions);
  }

  /** Whether the scope's departments, directorates and host groups invite the employee (the bands aside). */
  public boolean invites(Employee employee, EmployeeDirectory directory) {
    boolean inDepartments = recruitDepartments.isEmpty()
        || directory.unitsOf(employee).stream().anyMatch(recruitDepartments::contains);
    boolean inGroups = recruitHostGroups.isEmpty()
        || directory.groupsOf(employee.id()).stream().anyMatch(recruitHostGroups::contains);
    return inDepartments && inGroups;
  }

  /** The cadence as a period. */
  public Period cadence() {
    return Period.parse(sessionCadence);
  }

  /** When the first session period opens, at midnight UTC as Flipside reads the date. */
  public Instant sessionsStartInstant() {
    return sessionsStart.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Whether an employee in this band is recruited as a mentor. */
  public boolean recruitsMentorsFrom(int band) {
    return band <= mentorMaximumBand;
  }

  /** Whether an employee in this band is recruited as a mentee. */
  public boolean recruitsMenteesFrom(int band) {
    return band >= menteeMinimumBand;
  }

  /**
   * The answers to the scoping form, keyed as in {@code flipside-scope-pilot}.
   *
   * @param figures the organisation's workforce figures, which the gap analysis quotes
   * @param revision 0 for the first draft, more after the sponsor sent it back
   */
  public Map<String, Object> scopeForm(Representation figures, int revision) {
    Map<String, Object> form = new LinkedHashMap<>();
    // one goal a line: the themes of the evaluation are tied to them
    String goals = "Senior leaders understand the barriers Black, Asian and minority ethnic colleagues face"
        + " in progressing to Band 8 and above\n"
        + "Leaders act on what they learn, in line with the trust's EDI strategy and its Workforce Race Equality"
        + " Standard action plan\n"
        + "A more representative senior workforce, the staff network growing";
    if (revision > 0) {
      goals += "\nProgress measured by a before-and-after survey, the WRES indicators and staff network"
          + " membership, reported to the board each quarter";
    }
    form.put(Vars.GOALS.name(), goals);
    form.put(Vars.GAP_ANALYSIS.name(), String.format(Locale.UK,
        "Now: BME staff are %.1f%% of the workforce but %.1f%% of Bands 8-9 and VSM."
            + " Short term (1 year): every executive has had a reverse mentor."
            + " Medium term (3 years): %.1f%% of Bands 8-9 and VSM."
            + " Long term (5 years): senior representation matches the workforce.",
        100 * figures.minorityShareOfWorkforce(), 100 * figures.minorityShareOfSeniorBands(),
        100 * (figures.minorityShareOfWorkforce() + figures.minorityShareOfSeniorBands()) / 2));
    form.put(Vars.STAFF_NETWORKS.name(), "BME staff network; Women's network");
    form.put(Vars.COHORT_SIZE.name(), cohortSize);
    form.put(Vars.APPLICATION_WINDOW_DAYS.name(), applicationWindowDays);
    form.put(Vars.SESSIONS_START.name(), sessionsStart.toString());
    form.put(Vars.DURATION_MONTHS.name(), durationMonths);
    form.put(Vars.SESSION_CADENCE.name(), sessionCadence);
    form.put(Vars.MENTOR_MAXIMUM_BAND.name(), mentorMaximumBand);
    form.put(Vars.MENTEE_MINIMUM_BAND.name(), menteeMinimumBand);
    form.put(Vars.MINIMUM_BAND_GAP.name(), minimumBandGap);
    if (!recruitDepartments.isEmpty()) {
      form.put(Vars.RECRUIT_DEPARTMENTS.name(), String.join("\n", recruitDepartments));
    }
    if (!recruitHostGroups.isEmpty()) {
      form.put(Vars.RECRUIT_HOST_GROUPS.name(), String.join("\n", recruitHostGroups));
    }
    form.putAll(scopeAdditions);
    return form;
  }
}
