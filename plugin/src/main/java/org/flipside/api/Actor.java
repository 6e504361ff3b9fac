package org.flipside.api;

/**
 * The employee on whose behalf the host calls Flipside. Every call names one, and Flipside checks
 * what that employee may see and do.
 *
 * @param employeeId the host's employee id
 * @since 1.0
 */
public record Actor(String employeeId) {

  /**
   * Refuses a missing or blank employee id: nobody may act anonymously.
   *
   * @throws AccessDeniedException when the id is null or blank
   */
  public Actor {
    if (employeeId == null || employeeId.isBlank()) {
      throw new AccessDeniedException("employeeId: must name the acting employee");
    }
  }

  /** Shorthand for {@code new Actor(employeeId)}. */
  public static Actor of(String employeeId) {
    return new Actor(employeeId);
  }
}
