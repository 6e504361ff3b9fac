package org.flipside.sandbox.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;

/**
 * The host directory Flipside reads in the sandbox: the synthetic organisation's employees, their
 * departments' directorates and their roles, and nothing of their private profiles.
 */
public final class SyntheticDirectory implements EmployeeDirectory {

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

  /** Read from the organisation's index of roles, without asking every employee. */
  @Override
  public List<Employee> holdersOf(String role) {
    return organisation.holdersOf(role).stream()
        .flatMap(id -> organisation.employee(id).stream())
        .filter(Employee::employed)
        .toList();
  }
}
