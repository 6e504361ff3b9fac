package org.flipside.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a pair's learning agreement.
 *
 * @param version 1 for the first, counting up
 * @param status whether it waits for a partner's confirmation, holds, was superseded or declined
 * @param terms what it says
 * @param draftedBy the employee id of the partner who drafted or proposed it
 * @param draftedAt when
 * @param mentorConfirmedAt when the mentor confirmed it, or {@code null}
 * @param menteeConfirmedAt when the mentee confirmed it, or {@code null}
 * @since 1.0
 */
public record AgreementVersion(
    int version,
    AgreementStatus status,
    AgreementTerms terms,
    String draftedBy,
    Instant draftedAt,
    @Nullable Instant mentorConfirmedAt,
    @Nullable Instant menteeConfirmedAt) {}
