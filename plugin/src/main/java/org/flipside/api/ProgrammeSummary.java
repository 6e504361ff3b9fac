package org.flipside.api;

/**
 * A programme at a glance.
 *
 * @param id the programme's id
 * @param name the programme's name
 * @param stage where it is now
 * @since 1.0
 */
public record ProgrammeSummary(String id, String name, Stage stage) {}
