package org.flipside.api;

import java.time.Instant;

/**
 * Someone who took part in a cohort and accepted to be an ambassador for the next: writing about the programme,
 * encouraging colleagues to apply and showing what they learnt.
 *
 * @param employeeId the ambassador's id in the host directory
 * @param name the ambassador's name as the directory gives it
 * @param fromCohort the number of the cohort they took part in (1 for the pilot)
 * @param acceptedAt when they accepted
 * @since 1.0
 */
public record Ambassador(String employeeId, String name, int fromCohort, Instant acceptedAt) {}
