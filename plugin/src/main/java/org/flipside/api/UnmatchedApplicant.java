package org.flipside.api;

/**
 * A participant the proposal left without a partner.
 *
 * @param person who
 * @param role the side the applicant applied for
 * @param reason why: which hard rules excluded every candidate, or that every feasible partner went to someone else
 * @since 1.0
 */
public record UnmatchedApplicant(MatchedPerson person, PartnerRole role, String reason) {
}
