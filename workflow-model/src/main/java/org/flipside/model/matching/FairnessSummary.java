package org.flipside.model.matching;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Match rate and average score per focus group, so that a proposal that serves one group worse shows before it is
 * published. Aggregates only: a group smaller than the anonymity threshold is never shown on its own, and small
 * groups are counted together with enough others that no hidden group can be worked out from the shown ones and
 * the total.
 *
 * @param groups the groups shown, per side: each group large enough, then {@link FairnessCheck#OTHER_GROUPS} when
 *     some were hidden, then {@link FairnessCheck#EVERYONE}; a side with fewer people than the threshold shows
 *     nothing
 * @param pairsByException how many proposed pairs pass a hard rule only by an exception, keyed by rule and what
 *     allowed it, such as "line-management-chain (top-of-organisation)", in key order; counts of pairs, never who
 */
public record FairnessSummary(int anonymityThreshold, List<GroupOutcome> groups,
    SortedMap<String, Integer> pairsByException) {

  public FairnessSummary {
    groups = List.copyOf(groups);
    pairsByException = Collections.unmodifiableSortedMap(new TreeMap<>(pairsByException));
  }

  /** A summary in which no pair passes by an exception. */
  public FairnessSummary(int anonymityThreshold, List<GroupOutcome> groups) {
    this(anonymityThreshold, groups, new TreeMap<>());
  }
}
