package org.flipside.api;

/**
 * What a version of a learning agreement says, in the values of the learning agreement form.
 *
 * @param confidentialityAgreed that what is said in sessions stays between the partners; must be
 *     {@code true}
 * @param boundaries what the partners keep out of their sessions, or {@code null}; at most 4,000
 *     characters
 * @param meetingFormat {@code online}, {@code in-person}, {@code phone} or {@code mixed}
 * @param frequency how often they meet: {@code P2W}, {@code P1M} or {@code P6W}
 * @param arranger who sends the meeting invitations: {@code mentee} or {@code mentor}
 * @param protectedTime whether they meet in protected work time
 * @since 0.1
 */
public record AgreementTerms(
    boolean confidentialityAgreed,
    String boundaries,
    String meetingFormat,
    String frequency,
    String arranger,
    boolean protectedTime) {}
