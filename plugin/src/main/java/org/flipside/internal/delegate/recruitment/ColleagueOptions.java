package org.flipside.internal.delegate.recruitment;

import java.util.AbstractList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
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
 * change of name shows at once), and each applicant's list leaves out only their own entry: a view that skips it,
 * not a copy of thousands of options for every form shown.
 */
final class ColleagueOptions {

  /** The directory's answer, the options made from it, and where each employee's option is among them. */
  private record Sorted(List<Employee> employees, List<Map<String, String>> options, Map<String, Integer> positions) {

    Sorted(List<Employee> employees, List<Map<String, String>> options) {
      this(employees, options, new HashMap<>());
      for (int i = 0; i < options.size(); i++) {
        positions.put(options.get(i).get("value"), i);
      }
    }
  }

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
    Integer own = sorted.positions().get(applicantId);
    return own == null ? sorted.options() : new AllBut(sorted.options(), own);
  }

  /** The options without the one at {@code skipped}. */
  private static final class AllBut extends AbstractList<Map<String, String>> implements RandomAccess {
    private final List<Map<String, String>> options;
    private final int skipped;

    AllBut(List<Map<String, String>> options, int skipped) {
      this.options = options;
      this.skipped = skipped;
    }

    @Override
    public Map<String, String> get(int index) {
      return options.get(index < skipped ? index : index + 1);
    }

    @Override
    public int size() {
      return options.size() - 1;
    }
  }
}
