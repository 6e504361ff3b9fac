package org.flipside.sandbox.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.flipside.spi.Employee;

/**
 * A generated organisation: its employees with their bands, departments and line managers, the
 * Flipside roles some of them hold, and each employee's private profile, which only the sandbox
 * sees. Immutable; employees are kept in id order.
 */
public final class SyntheticOrganisation {

  private final Map<String, Employee> employees;
  private final Map<String, PrivateProfile> profiles;
  private final Map<String, Set<String>> roles;
  private final Map<String, List<String>> holders;
  private final List<String> departments;
  private final String chiefExecutiveId;
  private final String sponsorId;
  private final List<String> hrAdminIds;

  SyntheticOrganisation(
      List<Employee> employees,
      Map<String, PrivateProfile> profiles,
      Map<String, Set<String>> roles,
      List<String> departments,
      String chiefExecutiveId,
      String sponsorId,
      List<String> hrAdminIds) {
    Map<String, Employee> byId = new LinkedHashMap<>();
    employees.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(e -> byId.put(e.id(), e));
    this.employees = Collections.unmodifiableMap(byId);
    this.profiles = Map.copyOf(profiles);
    this.roles = Map.copyOf(roles);
    this.holders = holdersByRole(roles);
    this.departments = List.copyOf(departments);
    this.chiefExecutiveId = chiefExecutiveId;
    this.sponsorId = sponsorId;
    this.hrAdminIds = List.copyOf(hrAdminIds);
  }

  /** Every employee, in id order. */
  public List<Employee> employees() {
    return List.copyOf(employees.values());
  }

  /** One employee, or empty for an unknown id. */
  public Optional<Employee> employee(String employeeId) {
    return Optional.ofNullable(employees.get(employeeId));
  }

  /** The number of employees. */
  public int size() {
    return employees.size();
  }

  /**
   * The private profile of an employee, which never reaches Flipside through the directory.
   *
   * @throws IllegalArgumentException for an unknown employee
   */
  public PrivateProfile profileOf(String employeeId) {
    PrivateProfile profile = profiles.get(employeeId);
    if (profile == null) {
      throw new IllegalArgumentException("no employee " + employeeId);
    }
    return profile;
  }

  /** The Flipside roles an employee holds; empty for most. */
  public Set<String> rolesOf(String employeeId) {
    return roles.getOrDefault(employeeId, Set.of());
  }

  /** The ids of the employees who hold a Flipside role, in id order; empty for a role nobody holds. */
  public List<String> holdersOf(String role) {
    return holders.getOrDefault(role, List.of());
  }

  /** The departments, largest-first as the catalogue lists them. */
  public List<String> departments() {
    return departments;
  }

  /** The one employee without a line manager. */
  public String chiefExecutiveId() {
    return chiefExecutiveId;
  }

  /** The senior sponsor who signs the pilot off and decides on rollout. */
  public String sponsorId() {
    return sponsorId;
  }

  /** The HR admins who run programmes, in id order. */
  public List<String> hrAdminIds() {
    return hrAdminIds;
  }

  private static Map<String, List<String>> holdersByRole(Map<String, Set<String>> roles) {
    Map<String, List<String>> holders = new TreeMap<>();
    roles.forEach((employeeId, held) ->
        held.forEach(role -> holders.computeIfAbsent(role, r -> new ArrayList<>()).add(employeeId)));
    holders.replaceAll((role, ids) -> ids.stream().sorted().toList());
    return Collections.unmodifiableMap(holders);
  }

  /** An employee's line managers up to the chief executive, nearest first. */
  public List<String> managementChain(String employeeId) {
    List<String> chain = new ArrayList<>();
    String manager = employees.get(employeeId).managerId();
    while (manager != null) {
      chain.add(manager);
      manager = employees.get(manager).managerId();
    }
    return chain;
  }
}
