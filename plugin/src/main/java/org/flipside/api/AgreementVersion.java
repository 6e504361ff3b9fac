package org.flipside.api;

import java.time.Instant;

/**
 * One version of a pair's learning agreement.
 *
 * @param version 1 for the first, counting up
 * @param status {@code draft} (waiting for a partner's confirmation), {@code confirmed} (the
 *     version that holds), {@code superseded} by a later confirmed version, or {@code declined} by a
 *     partner
 * @param terms what it says
 * @param draftedBy the employee id of the partner who drafted or proposed it
 * @param draftedAt when
 * @param mentorConfirmedAt when the mentor confirmed it, or {@code null}
 * @param menteeConfirmedAt when the mentee confirmed it, or {@code null}
 * @since 0.1
 */
public record AgreementVersion(
    int version,
    String status,
    AgreementTerms terms,
    String draftedBy,
    Instant draftedAt,
    Instant mentorConfirmedAt,
    Instant menteeConfirmedAt) {}
