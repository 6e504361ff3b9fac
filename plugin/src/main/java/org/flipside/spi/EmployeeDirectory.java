package org.flipside.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The host's directory of employees, which Flipside reads and never writes.
 *
 * @since 0.1
 */
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
}
