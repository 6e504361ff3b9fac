package org.flipside.api;

import java.time.Instant;
import java.util.List;

/**
 * The sponsor's latest rollout decision and what came of it.
 *
 * @param decision what the sponsor decided
 * @param rationale why, in the sponsor's words
 * @param decidedAt when the sponsor decided
 * @param cascade whether the last cohort's mentors are invited back to mentor the next one
 * @param yearly whether each later cohort's recruitment opens a year after the one before, until a stop
 * @param mentorMaximumBand the highest band mentors are now recruited from (an expansion may have raised it)
 * @param menteeMinimumBand the lowest band mentees are now recruited from (an expansion may have lowered it)
 * @param ambassadors everyone who accepted to be an ambassador for a following cohort, oldest first; those who
 *     accepted at the same instant by cohort, then by employee id
 * @since 1.0
 */
public record RolloutDecision(
    RolloutChoice decision,
    String rationale,
    Instant decidedAt,
    boolean cascade,
    boolean yearly,
    int mentorMaximumBand,
    int menteeMinimumBand,
    List<Ambassador> ambassadors) {

  /** Keeps an unmodifiable copy of the ambassadors. */
  public RolloutDecision {
    ambassadors = List.copyOf(ambassadors);
  }
}
