package org.flipside.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A concern raised during a programme, as the EDI lead and the person who raised it see it. Nobody
 * else sees it: not the raiser's mentoring partner, nor the programme's timeline.
 *
 * @param id the concern's id
 * @param programmeId the programme it was raised in
 * @param programmeName that programme's name
 * @param raisedBy the employee id of the person who raised it
 * @param raisedByName their name, from the host directory
 * @param summary what they raised
 * @param progress how far it has got
 * @param raisedAt when it was raised
 * @param acknowledgeBy by when the EDI lead is to acknowledge it
 * @param acknowledgedAt when the EDI lead acknowledged it, or {@code null}
 * @param escalatedAt when it went to the HR admins for not being acknowledged in time, or {@code null}
 * @param resolvedAt when it was resolved, or {@code null}
 * @param outcome the outcome recorded when it was resolved, or {@code null}
 * @since 1.0
 */
public record ConcernView(
    String id,
    String programmeId,
    String programmeName,
    String raisedBy,
    String raisedByName,
    String summary,
    ConcernProgress progress,
    Instant raisedAt,
    Instant acknowledgeBy,
    @Nullable Instant acknowledgedAt,
    @Nullable Instant escalatedAt,
    @Nullable Instant resolvedAt,
    @Nullable String outcome) {
}
