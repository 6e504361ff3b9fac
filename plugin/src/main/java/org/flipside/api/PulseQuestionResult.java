package org.flipside.api;

/**
 * The answers to one question of the midpoint pulse, per role and for both roles together.
 *
 * @param key the key of the pulse form's field, such as {@code pairingWorking}
 * @param question the question as the form asks it
 * @param mentors the answers of the reverse mentors
 * @param mentees the answers of the mentees
 * @param allPartners the answers of everyone
 * @since 1.0
 */
public record PulseQuestionResult(String key, String question, PulseFigure mentors, PulseFigure mentees,
    PulseFigure allPartners) {
}
