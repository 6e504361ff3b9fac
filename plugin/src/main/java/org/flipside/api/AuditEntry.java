package org.flipside.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail: who did what, to which record, when. Never what the record says.
 *
 * @param occurredAt when it happened
 * @param actorId the employee who acted; {@code flipside} for retention, which runs by itself
 * @param action what they did
 * @param subjectId what they acted on: a programme's id (concerns, match review, pulse figures, report, retention),
 *     a support request's id, or an employee's id (export, erasure, consent)
 * @param programmeId the programme it belongs to, or null for an employee's export, erasure or consent
 * @since 1.0
 */
public record AuditEntry(Instant occurredAt, String actorId, AuditAction action, String subjectId,
    @Nullable String programmeId) {}
