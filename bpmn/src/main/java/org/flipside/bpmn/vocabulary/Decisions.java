package org.flipside.bpmn.vocabulary;

import java.util.List;
import java.util.Optional;
import org.flipside.bpmn.vocabulary.Decision.Output;

/**
 * The decision tables Flipside evaluates, with the variables each is given and the outputs read from it. Flipside
 * deploys a default table for each; a process owner replaces one by deploying a DMN file whose decision has the same
 * key, and the newest version decides from then on.
 *
 * @since 1.0
 */
public final class Decisions {

  /** An employee's id, as the host's directory gives it. */
  public static final Var<String> EMPLOYEE_ID = Var.text("employeeId", "the employee's id");
  /** An employee's band. */
  public static final Var<Integer> BAND = Var.number("band", "the employee's band");
  /** An employee's department. */
  public static final Var<String> DEPARTMENT = Var.text("department", "the employee's department");
  /**
   * An employee's organisational units, their department first, then for example its directorate.
   *
   * @since 1.1
   */
  public static final Var<List<String>> UNITS = Var.texts("units",
      "the employee's organisational units from the host's directory: their department, then its directorate and so on");
  /** The host's roles and groups an employee holds. */
  public static final Var<List<String>> HOST_GROUPS =
      Var.texts("hostGroups", "the roles and groups the host's directory gives the employee");
  /** The programme's departments or directorates to recruit from. */
  public static final Var<List<String>> DEPARTMENTS_RECRUITED = Var.texts("recruitDepartments",
      "the departments or directorates the programme recruits from; empty for every department");
  /** The programme's host groups to recruit from. */
  public static final Var<List<String>> HOST_GROUPS_RECRUITED =
      Var.texts("recruitHostGroups", "the host groups the programme recruits from; empty for everyone");
  /** The programme's named list. */
  public static final Var<List<String>> EMPLOYEES_RECRUITED =
      Var.texts("recruitEmployees", "the employee ids the programme recruits from; empty for no named list");
  /**
   * The host groups mentors come from, within the groups both sides come from.
   *
   * @since 1.1
   */
  public static final Var<List<String>> MENTOR_HOST_GROUPS_RECRUITED = Var.texts("recruitMentorHostGroups",
      "the host groups mentors come from, within those both sides come from; empty for no further limit");
  /**
   * The mentors' named list.
   *
   * @since 1.1
   */
  public static final Var<List<String>> MENTOR_EMPLOYEES_RECRUITED = Var.texts("recruitMentorEmployees",
      "the employee ids of the mentors' named list; empty for no named list");
  /**
   * The host groups mentees come from, within the groups both sides come from.
   *
   * @since 1.1
   */
  public static final Var<List<String>> MENTEE_HOST_GROUPS_RECRUITED = Var.texts("recruitMenteeHostGroups",
      "the host groups mentees come from, within those both sides come from; empty for no further limit");
  /**
   * The mentees' named list.
   *
   * @since 1.1
   */
  public static final Var<List<String>> MENTEE_EMPLOYEES_RECRUITED = Var.texts("recruitMenteeEmployees",
      "the employee ids of the mentees' named list; empty for no named list");
  /** What the eligibility decision answers. */
  public static final Var<String> INVITED_AS =
      Var.text("invitedAs", "whether the employee is invited as a mentor, a mentee, either, or not at all");
  /** What the reminder decision answers. */
  public static final Var<String> REMIND_BEFORE = Var.text("remindBefore",
      "how long before a session period ends its arranger is reminded, as an ISO-8601 duration such as P7D");

  /** Invited to apply as a mentor. */
  public static final String AS_MENTOR = "mentor";
  /** Invited to apply as a mentee. */
  public static final String AS_MENTEE = "mentee";
  /** Invited to apply on either side, in a reciprocal programme whose bands overlap. */
  public static final String AS_EITHER = "either";
  /** Not invited. */
  public static final String NOT_INVITED = "none";

  /** Who is invited to apply, and on which side. */
  public static final Decision ELIGIBILITY = new Decision("flipside-eligibility",
      "Decides for each employee whether they are invited to apply to a new cohort as a mentor, a mentee, "
          + "either, or not at all, from their band, department, directorate and host groups and the programme's "
          + "scoping, whose audience may differ for each side.",
      BuildingBlocks.OPEN_RECRUITMENT,
      List.of(EMPLOYEE_ID, BAND, DEPARTMENT, UNITS, HOST_GROUPS, Vars.MENTOR_MAXIMUM_BAND, Vars.MENTEE_MINIMUM_BAND,
          DEPARTMENTS_RECRUITED, HOST_GROUPS_RECRUITED, EMPLOYEES_RECRUITED, MENTOR_HOST_GROUPS_RECRUITED,
          MENTOR_EMPLOYEES_RECRUITED, MENTEE_HOST_GROUPS_RECRUITED, MENTEE_EMPLOYEES_RECRUITED),
      List.of(new Output(INVITED_AS, List.of(AS_MENTOR, AS_MENTEE, AS_EITHER, NOT_INVITED))));

  /** When a pair's arranger is reminded to arrange the period's session. */
  public static final Decision REMINDER_CADENCE = new Decision("flipside-reminder-cadence",
      "Decides how long before a session period ends the pair's arranger is reminded, from the programme's "
          + "session cadence.",
      BuildingBlocks.OPEN_SESSION_PERIOD,
      List.of(Vars.SESSION_CADENCE),
      List.of(new Output(REMIND_BEFORE, List.of())));

  private static final List<Decision> ALL = List.of(ELIGIBILITY, REMINDER_CADENCE);

  private Decisions() {}

  /** Every decision Flipside evaluates. */
  public static List<Decision> all() {
    return ALL;
  }

  /** The decision with that key, if Flipside evaluates one. */
  public static Optional<Decision> withKey(String key) {
    return ALL.stream().filter(decision -> decision.key().equals(key)).findFirst();
  }

  /** The decisions a building block evaluates. */
  public static List<Decision> evaluatedBy(String buildingBlock) {
    return ALL.stream().filter(decision -> decision.evaluatedBy().name().equals(buildingBlock)).toList();
  }
}
