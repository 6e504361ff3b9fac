package org.flipside.spi;

import java.util.Locale;
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
 * @param locale the language the employee reads Flipside's messages in (since 1.1)
 * @since 1.0
 */
public record Employee(
    String id,
    String displayName,
    int band,
    String bandLabel,
    String department,
    @Nullable String managerId,
    boolean employed,
    Locale locale) {

  /**
   * Checks the fields the directory must always supply.
   *
   * @since 1.1
   */
  public Employee {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(locale, "locale");
  }

  /**
   * An employee who reads Flipside's messages in the host's default language ({@link Locale#getDefault()}).
   *
   * @param id the host's employee id
   * @param displayName the name shown in notifications
   * @param band the pay band or grade as a number
   * @param bandLabel how the organisation names the band
   * @param department the department or team
   * @param managerId the employee id of the line manager, or {@code null} at the top of the organisation
   * @param employed whether the employee is still employed
   */
  public Employee(String id, String displayName, int band, String bandLabel, String department,
      @Nullable String managerId, boolean employed) {
    this(id, displayName, band, bandLabel, department, managerId, employed, Locale.getDefault());
  }

  /**
   * The same employee, reading Flipside's messages in another language.
   *
   * @param language the language
   * @return a copy with that locale
   * @since 1.1
   */
  public Employee withLocale(Locale language) {
    return new Employee(id, displayName, band, bandLabel, department, managerId, employed, language);
  }
}
