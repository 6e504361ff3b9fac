package org.flipside.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One part of Flipside's health.
 *
 * @param component the part
 * @param status how well it works
 * @param reason why, in plain words for an operator (never an engine's or a database's message)
 * @param waiting what waits on this part: messages for a host service, jobs overdue for the job executor, failed
 *     steps; 0 for the others
 * @param waitingSince when the oldest of them was queued or fell due, or {@code null} when none waits
 * @param lastFailureAt when this node last saw the part fail, or {@code null} when it has not since it started
 * @since 1.1
 */
public record ComponentHealth(OperationalComponent component, HealthStatus status, String reason, long waiting,
    @Nullable Instant waitingSince, @Nullable Instant lastFailureAt) {}
