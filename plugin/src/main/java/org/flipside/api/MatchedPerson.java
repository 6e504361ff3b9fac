package org.flipside.api;

/**
 * A participant as the HR admin sees them in the matching.
 *
 * @param employeeId the host's employee id
 * @param name the name the host's directory gives
 * @param band the band at application
 * @param department the department at application
 * @since 1.0
 */
public record MatchedPerson(String employeeId, String name, int band, String department) {
}
