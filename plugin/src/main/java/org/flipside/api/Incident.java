package org.flipside.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A step whose work failed every attempt: the process waits there until an HR admin retries it
 * ({@link Operations#retry}).
 *
 * @param id the incident's id, to retry it
 * @param programmeId the programme the step belongs to, or {@code null} for work of no programme
 * @param step the step's name, as the diagram labels it
 * @param occurredAt when the last attempt failed
 * @param reason what went wrong, in plain words (never a stack trace or an engine's message); Flipside's log has the
 *     details
 * @since 1.1
 */
public record Incident(String id, @Nullable String programmeId, String step, Instant occurredAt, String reason) {}
