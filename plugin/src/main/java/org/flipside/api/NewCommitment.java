package org.flipside.api;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A follow-on commitment leaders made after their mentoring: a joint blog, addressing all staff, a policy change.
 * The report lists it for the sponsor, so it describes roles, not people.
 *
 * @param description what was committed to, at most 500 characters
 * @param madeBy who made it, as a role ("the managing director", "one pair"), at most 200 characters
 * @param status where it stands
 * @param due when it is meant to be done
 * @since 1.1
 */
public record NewCommitment(String description, @Nullable String madeBy, CommitmentStatus status,
    @Nullable LocalDate due) {}
