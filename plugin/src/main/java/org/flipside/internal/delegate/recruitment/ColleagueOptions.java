package org.flipside.internal.delegate.recruitment;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.host.Directory;
import org.flipside.spi.Employee;

/**
 * The colleagues an applicant may name as a conflict: everyone employed but the applicant, by name and department,
 * in name order, read from the host's directory as the form is shown and never stored.
 *
 * <p>Every invitee's form offers the same list bar one entry, so sorting and labelling every employee for each of
 * thousands of invitations would make recruitment quadratic in the organisation's size. The sorted options are kept
 * for as long as the directory answers with the same employees (compared on every call, so a joiner, a leaver or a
 * change of name shows at once), and each applicant's list leaves out only their own entry.
 */
final class ColleagueOptions {

  /** The directory's answer and the options made from it. */
  private record Sorted(List<Employee> employees, List<Map<String, String>> options) {}

  private final Directory directory;
  private volatile Sorted last = new Sorted(List.of(), List.of());

  ColleagueOptions(Directory directory) {
    this.directory = directory;
  }

  /** The options offered to the applicant, as the form's dynamic select reads them. */
  List<Map<String, String>> offeredTo(String applicantId) {
    List<Employee> employees = directory.employees();
    Sorted sorted = last;
    if (!sorted.employees().equals(employees)) {
      sorted = new Sorted(List.copyOf(employees), Variables.options(employees.stream()
          .filter(Employee::employed)
          .sorted(Comparator.comparing(Employee::displayName).thenComparing(Employee::id))
          .toList(), Employee::id, employee -> employee.displayName() + " (" + employee.department() + ")")
          .stream().map(Collections::unmodifiableMap).toList());
      last = sorted;
    }
    return sorted.options().stream().filter(option -> !option.get("value").equals(applicantId)).toList();
  }
}
