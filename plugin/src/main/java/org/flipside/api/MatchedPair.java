package org.flipside.api;

import java.util.List;

/**
 * A mentor and a mentee the matching put together.
 *
 * @param pairingId the pairing's id, as the review form's options name it
 * @param mentor the mentor (usually the junior colleague)
 * @param mentee the mentee (usually the senior leader)
 * @param score the pair's score: the sum of the reasons' points
 * @param reasons each soft rule that added to the score, in rule order; empty when the pair only passes the hard
 *     rules
 * @since 1.0
 */
public record MatchedPair(String pairingId, MatchedPerson mentor, MatchedPerson mentee, double score,
    List<MatchReason> reasons) {

  /** Copies the reasons. */
  public MatchedPair {
    reasons = List.copyOf(reasons);
  }
}
