package org.flipside.api;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When organisational figures were taken: the baseline, an evaluation, or a follow-up after the report. Figures
 * imported again for the same point (the baseline, or the same stage and period) replace the earlier ones.
 *
 * @param stage the baseline, an evaluation, or a follow-up
 * @param period what the figures describe, as the report labels them, such as "2017 staff survey"; at most 100
 *     characters
 * @param takenOn the day the figures describe; it orders the points of each series (without it, the day they were
 *     imported does)
 * @since 1.1
 */
public record OutcomePoint(OutcomeStage stage, String period, @Nullable LocalDate takenOn) {}
