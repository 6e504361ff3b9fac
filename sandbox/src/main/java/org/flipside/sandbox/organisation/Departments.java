package org.flipside.sandbox.organisation;

import java.util.List;

/**
 * The departments a synthetic NHS trust has, in the order they are added as the organisation
 * grows, each with its share of the workforce.
 */
final class Departments {

  /** Where the chief executive sits. */
  static final String EXECUTIVE_OFFICE = "Executive Office";

  /** Where the HR admins and the sponsor sit. */
  static final String PEOPLE = "People and Culture";

  /** A department and its share of the workforce, before normalising. */
  record Department(String name, double share) {}

  private static final List<Department> ALL = List.of(
      new Department(EXECUTIVE_OFFICE, 0.02),
      new Department(PEOPLE, 0.05),
      new Department("Acute Care", 0.24),
      new Department("Community Services", 0.17),
      new Department("Finance", 0.05),
      new Department("Mental Health", 0.15),
      new Department("Operations", 0.09),
      new Department("Digital", 0.05),
      new Department("Estates and Facilities", 0.08),
      new Department("Pharmacy", 0.05));

  private static final int MINIMUM = 4;
  private static final int EMPLOYEES_PER_DEPARTMENT = 40;

  private Departments() {}

  /** The departments of an organisation this size: four at least, one more per forty employees. */
  static List<Department> forSize(int employees) {
    int count = Math.max(MINIMUM, Math.min(ALL.size(), employees / EMPLOYEES_PER_DEPARTMENT));
    return ALL.subList(0, count);
  }
}
