package org.flipside.internal.host;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.flipside.api.ValidationException;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;

/** Flipside's reads of the host directory, with the questions the processes ask of it. */
public final class Directory {

  private final EmployeeDirectory directory;

  /** Reads through the host's directory. */
  public Directory(EmployeeDirectory directory) {
    this.directory = directory;
  }

  /** The employee, or a validation error naming the field that gave the id. */
  public Employee require(String employeeId, String field) {
    return directory
        .find(employeeId)
        .orElseThrow(() -> ValidationException.of(field, "no employee with id '" + employeeId + "'"));
  }

  /** Whether the directory knows the employee at all, employed or not. */
  public boolean knows(String employeeId) {
    return directory.find(employeeId).isPresent();
  }

  /** Whether the directory knows the employee and they are still employed. */
  public boolean isEmployed(String employeeId) {
    return employed(employeeId).isPresent();
  }

  /** The employee, when the directory knows them and they are still employed. */
  public Optional<Employee> employed(String employeeId) {
    return directory.find(employeeId).filter(Employee::employed);
  }

  /** The language the employee reads Flipside's messages in; the host's default when the directory no longer knows them. */
  public Locale localeOf(String employeeId) {
    return directory.find(employeeId).map(Employee::locale).orElseGet(Locale::getDefault);
  }

  /** The employee's display name, or the id when the directory no longer knows them. */
  public String nameOf(String employeeId) {
    return directory.find(employeeId).map(Employee::displayName).orElse(employeeId);
  }

  /** The employee's managers, nearest first, up to the top of the organisation. */
  public List<String> lineManagerChain(String employeeId) {
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String managerId = directory.find(employeeId).map(Employee::managerId).orElse(null);
    // a directory with a loop in its reporting lines must not hang the matching
    while (managerId != null && seen.add(managerId)) {
      chain.add(managerId);
      managerId = directory.find(managerId).map(Employee::managerId).orElse(null);
    }
    return chain;
  }

  /** Every employed employee. */
  public List<Employee> employees() {
    return directory.employees();
  }

  /** The host roles the employee holds. */
  public Set<String> rolesOf(String employeeId) {
    return directory.rolesOf(employeeId);
  }

  /** The employee's organisational units, the department first: what a programme's "departments" may name. */
  public List<String> unitsOf(Employee employee) {
    List<String> units = directory.unitsOf(employee);
    return units.isEmpty() ? List.of(employee.department()) : units;
  }

  /** The host groups the employee is a member of: what a programme's "host groups" may name. */
  public Set<String> groupsOf(String employeeId) {
    return directory.groupsOf(employeeId);
  }

  /** The employed employees who hold the host role. */
  public List<Employee> holdersOf(String role) {
    // the SPI asks hosts for employed holders only; a host that forgets must not have leavers sent work
    return directory.holdersOf(role).stream().filter(Employee::employed).toList();
  }
}
