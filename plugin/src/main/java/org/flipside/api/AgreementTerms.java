package org.flipside.api;

import org.jspecify.annotations.Nullable;

/**
 * What a version of a learning agreement says, in the values of the learning agreement form.
 *
 * @param confidentialityAgreed that what is said in sessions stays between the partners; must be
 *     {@code true}
 * @param boundaries what the partners keep out of their sessions, or {@code null}; at most 4,000
 *     characters
 * @param meetingFormat how they meet
 * @param frequency how often they meet
 * @param arranger who sends the meeting invitations
 * @param protectedTime whether they meet in protected work time
 * @since 1.0
 */
public record AgreementTerms(
    boolean confidentialityAgreed,
    @Nullable String boundaries,
    MeetingFormat meetingFormat,
    MeetingFrequency frequency,
    PartnerRole arranger,
    boolean protectedTime) {}
