package org.flipside.model.evaluation;

/**
 * The answers to one pulse question, per role and for both roles, each shown or hidden.
 *
 * @param question the question
 * @param scores the figures
 */
public record PulseOutcome(PulseQuestion question, GroupFigures<PulseScores> scores) {
}
