package org.flipside.api;

import java.time.Instant;

/**
 * Everything Flipside holds about one employee, as a machine-readable document.
 *
 * @param employeeId the employee
 * @param exportedAt when the export was made
 * @param json the document: a JSON object with one array per kind of record ({@code applications}, {@code places},
 *     {@code pairings}, {@code agreements}, {@code sessions}, {@code workshops}, {@code concerns}, {@code
 *     supportRequests}, {@code coachingRequests}, {@code coachingAnswered} (requests they answered as a coach),
 *     {@code surveyAnswers}, {@code reflections}, {@code ambassador}, {@code stewardship}, {@code messages}) and a
 *     {@code notes} array saying what is left out and why
 * @since 1.0
 */
public record PersonalDataExport(String employeeId, Instant exportedAt, String json) {}
