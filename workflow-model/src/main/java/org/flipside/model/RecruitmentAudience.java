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
 * employees. An empty list sets no limit. The eligibility decision reads these; they decide nothing on their own.
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

  /** Replaces the three lists, each without blanks or repeats. */
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
