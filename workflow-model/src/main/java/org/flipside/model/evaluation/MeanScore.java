package org.flipside.model.evaluation;

/**
 * The average answer of everyone who answered a question in one survey.
 *
 * @param people how many answered
 * @param mean their average score on the 1-5 scale
 */
public record MeanScore(int people, double mean) {
}
