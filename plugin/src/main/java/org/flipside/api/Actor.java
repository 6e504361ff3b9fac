package org.flipside.api;

import java.util.Objects;

/**
 * The employee on whose behalf the host calls Flipside. Every call names one, and Flipside checks
 * what that employee may see and do.
 *
 * @param employeeId the host's employee id
 * @since 0.1
 */
public record Actor(String employeeId) {

  /** Refuses a blank employee id. */
  public Actor {
    if (employeeId == null || employeeId.isBlank()) {
      throw new IllegalArgumentException("employeeId: must name the acting employee");
    }
  }

  /** Shorthand for {@code new Actor(employeeId)}. */
  public static Actor of(String employeeId) {
    return new Actor(employeeId);
  }
}
