package org.flipside.sandbox.organisation;

import java.util.List;

/**
 * The departments a synthetic NHS trust has, in the order they are added as the organisation
 * grows, each with its share of the workforce and the directorate it belongs to.
 */
final class Departments {

  /** Where the chief executive sits. */
  static final String EXECUTIVE_OFFICE = "Executive Office";

  /** Where the HR admins and the sponsor sit. */
  static final String PEOPLE = "People and Culture";

  private static final String CORPORATE = "Corporate Services Directorate";
  private static final String CLINICAL = "Clinical Services Directorate";

  /** A department, its share of the workforce before normalising, and its directorate. */
  record Department(String name, double share, String directorate) {}

  private static final List<Department> ALL = List.of(
      new Department(EXECUTIVE_OFFICE, 0.02, "Chief Executive's Office"),
      new Department(PEOPLE, 0.05, CORPORATE),
      new Department("Acute Care", 0.24, CLINICAL),
      new Department("Community Services", 0.17, CLINICAL),
      new Department("Finance", 0.05, CORPORATE),
      new Department("Mental Health", 0.15, CLINICAL),
      new Department("Operations", 0.09, "Operations Directorate"),
      new Department("Digital", 0.05, CORPORATE),
      new Department("Estates and Facilities", 0.08, CORPORATE),
      new Department("Pharmacy", 0.05, "Chief Pharmacy Office"));

  private static final int MINIMUM = 4;
  private static final int EMPLOYEES_PER_DEPARTMENT = 40;

  private Departments() {}

  /** The department's directorate; a department of no synthetic trust is a directorate of its own. */
  static String directorateOf(String department) {
    return ALL.stream().filter(known -> known.name().equals(department)).map(Department::directorate)
        .findFirst().orElse(department);
  }

  /** The departments of an organisation this size: four at least, one more per forty employees. */
  static List<Department> forSize(int employees) {
    int count = Math.max(MINIMUM, Math.min(ALL.size(), employees / EMPLOYEES_PER_DEPARTMENT));
    return ALL.subList(0, count);
  }
}
