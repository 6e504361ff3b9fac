package org.flipside.model.evaluation;

/**
 * Before and after for one measure.
 *
 * @param measure the question
 * @param paired the change among people who answered both surveys
 * @param baseline the average answer in the baseline survey, of everyone who answered it
 * @param finalSurvey the average answer in the final survey, of everyone who answered it
 */
public record MeasureOutcome(Measure measure, GroupFigures<PairedChange> paired, GroupFigures<MeanScore> baseline,
    GroupFigures<MeanScore> finalSurvey) {
}
