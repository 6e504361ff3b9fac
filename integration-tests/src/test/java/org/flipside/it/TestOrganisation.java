package org.flipside.it;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.spi.FlipsideRoles;

/**
 * A small organisation for the tests, as the host's directory would present it.
 *
 * <pre>
 * ceo (10, Executive; sponsor)
 * ├── dirFinance (9, Finance) ── mgrFinance (8, Finance) ── finance1 (3, Finance)
 * ├── dirOps (9, Operations) ─── mgrOps (8, Operations) ──┬ ops1 (4, Operations)
 * │                                                        └ ops2 (3, Operations)
 * ├── hr (7, People; HR admin)
 * └── edi (7, People; EDI lead)
 * </pre>
 *
 * <p>Finance and People form the Corporate Services Directorate, Operations the Operations Directorate, the pharmacy
 * departments a replay may add the Chief Pharmacy Office. Roles and
 * group memberships can be granted and taken away while Flipside runs, as in a host's directory.
 */
final class TestOrganisation implements EmployeeDirectory {

  static final String CEO = "ceo";
  static final String DIR_FINANCE = "dir-finance";
  static final String DIR_OPS = "dir-ops";
  static final String MGR_FINANCE = "mgr-finance";
  static final String MGR_OPS = "mgr-ops";
  static final String FINANCE_1 = "finance-1";
  static final String OPS_1 = "ops-1";
  static final String OPS_2 = "ops-2";
  static final String HR = "hr";
  static final String EDI = "edi";
  /** The directorate of Finance and People. */
  static final String CORPORATE_SERVICES = "Corporate Services Directorate";
  /** The directorate of Operations. */
  static final String OPERATIONS_DIRECTORATE = "Operations Directorate";
  /** The directorate of the pharmacy departments, as NHS England's Chief Pharmacy Office. */
  static final String CHIEF_PHARMACY_OFFICE = "Chief Pharmacy Office";
  /** The chief executive's own unit. */
  static final String EXECUTIVE_OFFICE = "Executive Office";
  /** The one employee who reads Flipside's messages in Welsh; everyone else in the host's default language. */
  static final String WELSH_READER = OPS_2;
  static final Locale WELSH = Locale.forLanguageTag("cy");

  private final Map<String, Employee> employees = new LinkedHashMap<>();
  private final Map<String, Set<String>> roles = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> groups = new ConcurrentHashMap<>();
  private final AtomicBoolean available = new AtomicBoolean(true);
  private final UnaryOperator<String> nameOf;
  private final AtomicReference<Runnable> beforeNextLookup = new AtomicReference<>();

  /** The organisation with each employee named "Employee (id)". */
  TestOrganisation() {
    this(id -> "Employee " + id);
  }

  /** The organisation with its employees named by the given function of their ids. */
  TestOrganisation(UnaryOperator<String> nameOf) {
    this.nameOf = nameOf;
    add(CEO, 10, "VSM", "Executive", null);
    add(DIR_FINANCE, 9, "Band 9", "Finance", CEO);
    add(DIR_OPS, 9, "Band 9", "Operations", CEO);
    add(MGR_FINANCE, 8, "Band 8c", "Finance", DIR_FINANCE);
    add(MGR_OPS, 8, "Band 8c", "Operations", DIR_OPS);
    add(FINANCE_1, 3, "Band 3", "Finance", MGR_FINANCE);
    add(OPS_1, 4, "Band 4", "Operations", MGR_OPS);
    add(OPS_2, 3, "Band 3", "Operations", MGR_OPS);
    add(HR, 7, "Band 7", "People", CEO);
    add(EDI, 7, "Band 7", "People", CEO);
    grant(HR, FlipsideRoles.HR_ADMIN);
    grant(CEO, FlipsideRoles.SPONSOR);
    grant(EDI, FlipsideRoles.EDI_LEAD);
  }

  /**
   * The organisation with {@code count} more staff in operations, {@code staff-0} onwards, in bands 3 to 5: each is
   * invited as a mentor to every test pilot, so a pilot invites eight employees plus these.
   */
  static TestOrganisation withStaff(int count) {
    TestOrganisation organisation = new TestOrganisation();
    for (int i = 0; i < count; i++) {
      organisation.add(staff(i), 3 + i % 3, "Band " + (3 + i % 3), "Operations", MGR_OPS);
    }
    return organisation;
  }

  /** The id of the {@code i}th of the staff {@link #withStaff} adds. */
  static String staff(int i) {
    return "staff-" + i;
  }

  /** Takes an employee on, as the host's directory would. */
  void add(String id, int band, String label, String department, String managerId) {
    Employee employee = new Employee(id, nameOf.apply(id), band, label, department, managerId, true);
    employees.put(id, id.equals(WELSH_READER) ? employee.withLocale(WELSH) : employee);
  }

  /** Whether the employee is in the senior bands (8 and above) that the test pilot recruits mentees from. */
  static boolean isSenior(String employeeId) {
    return Set.of(CEO, DIR_FINANCE, DIR_OPS, MGR_FINANCE, MGR_OPS).contains(employeeId);
  }

  /** Gives the employee a host role, as the host's administrators would. */
  void grant(String employeeId, String role) {
    roles.computeIfAbsent(employeeId, id -> ConcurrentHashMap.newKeySet()).add(role);
  }

  /** Adds the employee to a host group (a team, a staff network), as the host's directory would. */
  void join(String employeeId, String group) {
    groups.computeIfAbsent(employeeId, id -> ConcurrentHashMap.newKeySet()).add(group);
  }

  /** Takes a host role away from the employee. */
  void revoke(String employeeId, String role) {
    roles.getOrDefault(employeeId, Set.of()).remove(role);
  }

  /** The employee leaves the organisation: the directory keeps them, no longer employed. */
  void leave(String employeeId) {
    Employee employee = employees.get(employeeId);
    employees.put(employeeId, new Employee(employee.id(), employee.displayName(), employee.band(),
        employee.bandLabel(), employee.department(), employee.managerId(), false, employee.locale()));
  }

  /** Makes every call fail, as a host whose directory service is down. */
  void goDown() {
    available.set(false);
  }

  void comeBack() {
    available.set(true);
  }

  /** Runs the action once, on the thread of the next lookup of an employee, before the lookup answers. */
  void beforeNextLookup(Runnable action) {
    beforeNextLookup.set(action);
  }

  @Override
  public Optional<Employee> find(String employeeId) {
    checkAvailable();
    Runnable action = beforeNextLookup.getAndSet(null);
    if (action != null) {
      action.run();
    }
    return Optional.ofNullable(employees.get(employeeId));
  }

  @Override
  public List<Employee> employees() {
    checkAvailable();
    return new ArrayList<>(employees.values());
  }

  @Override
  public Set<String> rolesOf(String employeeId) {
    return Set.copyOf(roles.getOrDefault(employeeId, Set.of()));
  }

  /** Each department with its directorate: Finance and People in Corporate Services, Operations on its own. */
  @Override
  public List<String> unitsOf(Employee employee) {
    String directorate = switch (employee.department()) {
      case "Finance", "People" -> CORPORATE_SERVICES;
      case "Operations" -> OPERATIONS_DIRECTORATE;
      case "Pharmacy Leadership", "Pharmacy Fellowship", "Pharmacy Workforce" -> CHIEF_PHARMACY_OFFICE;
      default -> EXECUTIVE_OFFICE;
    };
    return List.of(employee.department(), directorate);
  }

  /** The groups the employee joined, with their roles. */
  @Override
  public Set<String> groupsOf(String employeeId) {
    Set<String> memberships = new HashSet<>(rolesOf(employeeId));
    memberships.addAll(groups.getOrDefault(employeeId, Set.of()));
    return memberships;
  }

  /** Read from the roles granted, without asking every employee. */
  @Override
  public List<Employee> holdersOf(String role) {
    checkAvailable();
    return roles.entrySet().stream()
        .filter(granted -> granted.getValue().contains(role))
        .map(granted -> employees.get(granted.getKey()))
        .sorted(Comparator.comparing(Employee::id))
        .toList();
  }

  private void checkAvailable() {
    if (!available.get()) {
      throw new IllegalStateException("the host directory is unavailable");
    }
  }
}
