package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Proposes the best possible set of mentor–mentee pairs under a programme's rules.
 *
 * <p>Objective, in order: as many people matched as the hard rules allow (a mentor with several mentees counts
 * once, as does a mentee with several mentors), then the highest total score. Pairs the HR admin locked are kept and pairs they forbade
 * never appear. The same candidates, rules and decisions always give the same proposal, whatever their order.
 *
 * <p>How: each mentor becomes as many slots as their capacity allows. A mentor's first slot is worth two matched
 * people, further slots one, an unused slot none; a weight larger than any possible total score puts people first.
 * The resulting assignment problem is solved exactly by {@link ShortestAugmentingPath}. Where a mentee may have
 * several mentors, {@link SeveralMentorsFlow} solves the same objective as a minimum-cost flow.
 */
public final class OptimalMatcher {

  private static final Comparator<ExplainedPair> BEST_FIRST = Comparator
      .comparingDouble(ExplainedPair::score).reversed()
      .thenComparing(ExplainedPair::mentorParticipantId)
      .thenComparing(ExplainedPair::menteeParticipantId);

  /** Proposes pairs, explains them and anyone left out, and summarises fairness across the focus groups. */
  public MatchProposal match(MatchingRequest request) {
    PairAssessment assessment = new PairAssessment(request.mentors(), request.mentees(), request.rules(),
        request.forbiddenPairs(), request.allowedPairs());
    Locks locks = Locks.validate(request.lockedPairs(), assessment, request.rules().hard());
    List<ExplainedPair> pairs = new ArrayList<>();
    for (int[] lock : locks.pairs()) {
      pairs.add(explain(assessment, lock[0], lock[1], true));
    }
    for (int[] pair : solve(assessment, locks, request.rules().hard())) {
      pairs.add(explain(assessment, pair[0], pair[1], false));
    }
    pairs.sort(BEST_FIRST);
    List<UnmatchedParticipant> unmatched = UnmatchedExplainer.explain(assessment, pairs);
    FairnessSummary fairness = FairnessCheck.summarise(request.mentors(), request.mentees(), pairs,
        request.anonymityThreshold());
    return new MatchProposal(pairs, unmatched, fairness);
  }

  /** The pairs beside the locked ones, as {mentor index, mentee index}. */
  private static List<int[]> solve(PairAssessment assessment, Locks locks, HardRules hard) {
    if (hard.mentorsPerMentee() > 1) {
      return SeveralMentorsFlow.solve(assessment, locks, hard);
    }
    SlotGraphBuilder.Slots slots = SlotGraphBuilder.build(assessment, locks, hard);
    int[] columnOfRow = ShortestAugmentingPath.solve(slots.graph());
    List<int[]> pairs = new ArrayList<>();
    for (int row = 0; row < columnOfRow.length; row++) {
      if (columnOfRow[row] >= 0) {
        pairs.add(new int[] {slots.mentorOfRow()[row], columnOfRow[row]});
      }
    }
    return pairs;
  }

  private static ExplainedPair explain(PairAssessment assessment, int mentor, int mentee, boolean locked) {
    return new ExplainedPair(assessment.mentors.participantId(mentor), assessment.mentees.participantId(mentee),
        assessment.scoreUnits(mentor, mentee) / PairAssessment.UNITS_PER_POINT,
        assessment.contributions(mentor, mentee), assessment.exceptions(mentor, mentee), locked);
  }
}
