package org.flipside.api;

/**
 * A programme's concerns as numbers only, for those who follow the programme: no names, no content.
 *
 * @param programmeId the programme's id
 * @param raised concerns raised in it
 * @param awaitingAcknowledgement raised and not acknowledged yet
 * @param acknowledged acknowledged and not resolved yet
 * @param resolved resolved
 * @param escalated concerns that went to the HR admins for not being acknowledged in time
 * @since 1.0
 */
public record ConcernCounts(String programmeId, long raised, long awaitingAcknowledgement, long acknowledged,
    long resolved, long escalated) {
}
