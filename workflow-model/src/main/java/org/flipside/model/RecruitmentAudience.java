package org.flipside.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Who a programme recruits from besides its bands: departments, the host's roles or groups, and a named list of
 * employees, for both sides; then, for each side on its own, host groups and a named list (a reciprocal board
 * cohort names its board members as mentees and takes its mentors from a staff network). An empty list sets no
 * limit. The eligibility decision reads these; they decide nothing on their own.
 */
@Embeddable
public class RecruitmentAudience {

  @ElementCollection
  @CollectionTable(name = "fs_programme_recruit_department", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderColumn(name = "position")
  @Column(name = "department", nullable = false)
  private List<String> departments = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "fs_programme_recruit_group", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderColumn(name = "position")
  @Column(name = "host_group", nullable = false)
  private List<String> hostGroups = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "fs_programme_recruit_employee", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderColumn(name = "position")
  @Column(name = "employee_id", nullable = false)
  private List<String> employeeIds = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "fs_programme_recruit_mentor_group", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderColumn(name = "position")
  @Column(name = "host_group", nullable = false)
  private List<String> mentorHostGroups = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "fs_programme_recruit_mentor_employee", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderColumn(name = "position")
  @Column(name = "employee_id", nullable = false)
  private List<String> mentorEmployeeIds = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "fs_programme_recruit_mentee_group", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderColumn(name = "position")
  @Column(name = "host_group", nullable = false)
  private List<String> menteeHostGroups = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "fs_programme_recruit_mentee_employee", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderColumn(name = "position")
  @Column(name = "employee_id", nullable = false)
  private List<String> menteeEmployeeIds = new ArrayList<>();

  /** The departments recruited from; empty for every department. */
  public List<String> departments() {
    return List.copyOf(departments);
  }

  /** The host's roles or groups recruited from; empty for everyone. */
  public List<String> hostGroups() {
    return List.copyOf(hostGroups);
  }

  /** The employee ids of the named list; empty for no named list. */
  public List<String> employeeIds() {
    return List.copyOf(employeeIds);
  }

  /** The host groups mentors come from, besides {@link #hostGroups()}; empty for no further limit. */
  public List<String> mentorHostGroups() {
    return List.copyOf(mentorHostGroups);
  }

  /** The employee ids of the mentors' named list; empty for no named list. */
  public List<String> mentorEmployeeIds() {
    return List.copyOf(mentorEmployeeIds);
  }

  /** The host groups mentees come from, besides {@link #hostGroups()}; empty for no further limit. */
  public List<String> menteeHostGroups() {
    return List.copyOf(menteeHostGroups);
  }

  /** The employee ids of the mentees' named list; empty for no named list. */
  public List<String> menteeEmployeeIds() {
    return List.copyOf(menteeEmployeeIds);
  }

  /** Replaces each side's own lists, each without blanks or repeats. */
  public void limitSides(List<String> mentorHostGroups, List<String> mentorEmployeeIds, List<String> menteeHostGroups,
      List<String> menteeEmployeeIds) {
    replace(this.mentorHostGroups, mentorHostGroups);
    replace(this.mentorEmployeeIds, mentorEmployeeIds);
    replace(this.menteeHostGroups, menteeHostGroups);
    replace(this.menteeEmployeeIds, menteeEmployeeIds);
  }

  /** Replaces the three lists for both sides, each without blanks or repeats. */
  public void limitTo(List<String> departments, List<String> hostGroups, List<String> employeeIds) {
    replace(this.departments, departments);
    replace(this.hostGroups, hostGroups);
    replace(this.employeeIds, employeeIds);
  }

  private static void replace(List<String> held, List<String> given) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    given.stream().map(String::strip).filter(value -> !value.isEmpty()).forEach(distinct::add);
    held.clear();
    held.addAll(distinct);
  }
}
