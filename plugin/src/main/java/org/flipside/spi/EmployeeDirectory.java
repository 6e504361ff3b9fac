package org.flipside.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The host's directory of employees, which Flipside reads and never writes.
 *
 * @since 1.0
 */
@ConsumerType
public interface EmployeeDirectory {

  /**
   * Looks up one employee.
   *
   * @param employeeId the host's employee id
   * @return the employee, or empty when the host does not know the id
   */
  Optional<Employee> find(String employeeId);

  /**
   * Lists the employees currently employed, for example to invite them to apply to a programme.
   *
   * @return every employed employee
   */
  List<Employee> employees();

  /**
   * The host roles an employee holds, which Flipside matches against the roles its processes name
   * (see {@link FlipsideRoles}).
   *
   * @param employeeId the host's employee id
   * @return the role names, empty when the employee holds none
   */
  Set<String> rolesOf(String employeeId);

  /**
   * The employed employees who hold a host role: the engine asks this when it lists the members of
   * a group, for example everyone a task offered to {@link FlipsideRoles#HR_ADMIN} goes to.
   *
   * <p>The default asks {@link #rolesOf(String)} of every employee {@link #employees()} lists; a host
   * that can look up a role's holders directly should override it.
   *
   * @param role the role name
   * @return the employed employees who hold the role, empty when nobody does
   */
  default List<Employee> holdersOf(String role) {
    return employees().stream().filter(employee -> rolesOf(employee.id()).contains(role)).toList();
  }

  /**
   * The organisational units the employee belongs to, from their own department up: the department,
   * then for example its directorate and division. A programme that recruits from "departments or
   * directorates" invites everyone any of whose units it names.
   *
   * <p>The default is the employee's {@link Employee#department() department} alone; a host whose
   * directory knows directorates or divisions should override it.
   *
   * @param employee an employee this directory gave
   * @return the units, the department first, never empty
   * @since 1.1
   */
  default List<String> unitsOf(Employee employee) {
    return List.of(employee.department());
  }

  /**
   * The host groups the employee is a member of, such as teams, staff networks or distribution lists,
   * which a programme may recruit from.
   *
   * <p>The default is the employee's {@link #rolesOf(String) roles}; a host that keeps groups apart
   * from roles should override it and may include the roles too.
   *
   * @param employeeId the host's employee id
   * @return the group names, empty when the employee is in none
   * @since 1.1
   */
  default Set<String> groupsOf(String employeeId) {
    return rolesOf(employeeId);
  }
}
