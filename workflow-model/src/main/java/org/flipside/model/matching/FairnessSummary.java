package org.flipside.model.matching;

import java.util.List;

/**
 * Match rate and average score per focus group, so that a proposal that serves one group worse shows before it is
 * published. Aggregates only: a group smaller than the anonymity threshold is never shown on its own, and small
 * groups are counted together with enough others that no hidden group can be worked out from the shown ones and
 * the total.
 *
 * @param groups the groups shown, per side: each group large enough, then {@link FairnessCheck#OTHER_GROUPS} when
 *     some were hidden, then {@link FairnessCheck#EVERYONE}; a side with fewer people than the threshold shows
 *     nothing
 */
public record FairnessSummary(int anonymityThreshold, List<GroupOutcome> groups) {

  public FairnessSummary {
    groups = List.copyOf(groups);
  }
}
