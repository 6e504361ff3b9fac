package org.flipside.sandbox.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;

/**
 * The host directory Flipside reads in the sandbox: the synthetic organisation's employees, their
 * departments' directorates, their roles and host groups, and nothing of their private profiles beyond the BME staff
 * network's list, which a trust's directory would hold as the network's distribution list.
 */
public final class SyntheticDirectory implements EmployeeDirectory {

  /** The host group of the chief executive and the directors, Band 9 and above. */
  public static final String BOARD = "Trust board";

  /** The host group of the BME staff network: its distribution list, which every minority ethnic employee is on. */
  public static final String BME_NETWORK = "BME staff network";

  private final SyntheticOrganisation organisation;

  /** A directory over the given organisation. */
  public SyntheticDirectory(SyntheticOrganisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public Optional<Employee> find(String employeeId) {
    return employeeId == null ? Optional.empty() : organisation.employee(employeeId);
  }

  @Override
  public List<Employee> employees() {
    return organisation.employees().stream().filter(Employee::employed).toList();
  }

  @Override
  public Set<String> rolesOf(String employeeId) {
    return employeeId == null ? Set.of() : organisation.rolesOf(employeeId);
  }

  /** The employee's department and its directorate. */
  @Override
  public List<String> unitsOf(Employee employee) {
    String directorate = Departments.directorateOf(employee.department());
    return directorate.equals(employee.department())
        ? List.of(employee.department()) : List.of(employee.department(), directorate);
  }

  /** The employee's roles, and the board or the BME staff network when they belong to them. */
  @Override
  public Set<String> groupsOf(String employeeId) {
    Set<String> groups = new TreeSet<>(rolesOf(employeeId));
    organisation.employee(employeeId).ifPresent(employee -> {
      if (employee.band() >= Bands.HIGHEST_AGENDA_FOR_CHANGE) {
        groups.add(BOARD);
      }
      if (organisation.profileOf(employeeId).ethnicGroup().isMinority()) {
        groups.add(BME_NETWORK);
      }
    });
    return groups;
  }

  /** Read from the organisation's index of roles, without asking every employee. */
  @Override
  public List<Employee> holdersOf(String role) {
    return organisation.holdersOf(role).stream()
        .flatMap(id -> organisation.employee(id).stream())
        .filter(Employee::employed)
        .toList();
  }
}
