package org.flipside.api;

import java.util.List;

/**
 * One cohort's matching, explained.
 *
 * @param programmeId the programme
 * @param cohortNumber the cohort, 1 for the pilot; 0 before recruitment
 * @param published whether the pairs have been announced; before that they are a proposal
 * @param pairs each pair, highest score first
 * @param unmatched each participant the proposal left without a partner, with the reason
 * @since 1.0
 */
public record MatchOverview(String programmeId, int cohortNumber, boolean published, List<MatchedPair> pairs,
    List<UnmatchedApplicant> unmatched) {

  /** Copies the lists. */
  public MatchOverview {
    pairs = List.copyOf(pairs);
    unmatched = List.copyOf(unmatched);
  }
}
