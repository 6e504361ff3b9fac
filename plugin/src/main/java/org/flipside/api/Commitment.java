package org.flipside.api;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A leader's follow-on commitment and where it stands.
 *
 * @param id the commitment, to update its status
 * @param programmeId the programme
 * @param description what was committed to
 * @param madeBy who made it, as a role
 * @param status where it stands
 * @param due when it is meant to be done
 * @param recordedAt when it was recorded
 * @param updatedAt when its status was last set
 * @since 1.1
 */
public record Commitment(String id, String programmeId, String description, @Nullable String madeBy,
    CommitmentStatus status, @Nullable LocalDate due, Instant recordedAt, Instant updatedAt) {}
