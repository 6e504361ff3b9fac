package org.flipside.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One employee as the host's directory knows them.
 *
 * <p>The directory holds no protected characteristic: Flipside only learns those from the employee,
 * with consent, when they apply.
 *
 * @param id the host's employee id, stable for the employee's whole employment
 * @param displayName the name shown in notifications
 * @param band the pay band or grade as a number that grows with seniority (for example NHS Agenda for
 *     Change bands 2 to 9, with very senior managers above)
 * @param bandLabel how the organisation names the band, such as "Band 8b" or "VSM"
 * @param department the department or team the employee works in day to day
 * @param managerId the employee id of the line manager, or {@code null} at the top of the organisation
 * @param employed whether the employee is still employed
 * @since 1.0
 */
public record Employee(
    String id,
    String displayName,
    int band,
    String bandLabel,
    String department,
    @Nullable String managerId,
    boolean employed) {

  /** Checks the fields the directory must always supply. */
  public Employee {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(department, "department");
  }
}
