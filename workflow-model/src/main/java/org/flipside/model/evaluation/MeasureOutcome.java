package org.flipside.model.evaluation;

/**
 * Before and after for one measure.
 *
 * @param measure the question
 * @param paired the change among people who answered both surveys
 * @param baseline the average baseline answer of the same people as the change
 * @param finalSurvey the average final answer of the same people as the change
 */
public record MeasureOutcome(Measure measure, GroupFigures<PairedChange> paired, GroupFigures<MeanScore> baseline,
    GroupFigures<MeanScore> finalSurvey) {
}
