package org.flipside.model.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a matching run, for the HR admin's review.
 *
 * @param pairs the proposed pairs with their explanations, best score first, then by mentor and mentee id
 * @param unmatched everyone left without a partner and why: mentors first, each side by participant id
 * @param fairness match rate and average score per focus group, small groups hidden
 */
public record MatchProposal(List<ExplainedPair> pairs, List<UnmatchedParticipant> unmatched,
    FairnessSummary fairness) {

  public MatchProposal {
    pairs = List.copyOf(pairs);
    unmatched = List.copyOf(unmatched);
  }

  /** The first part of the objective: mentees in a pair plus mentors with at least one. */
  public int peopleMatched() {
    return (int) (pairs.stream().map(ExplainedPair::mentorParticipantId).distinct().count()
        + pairs.stream().map(ExplainedPair::menteeParticipantId).distinct().count());
  }

  /** The second part of the objective, summed in thousandths so that it is exact. */
  public double totalScore() {
    return pairs.stream().mapToLong(pair -> Math.round(pair.score() * PairAssessment.UNITS_PER_POINT)).sum()
        / PairAssessment.UNITS_PER_POINT;
  }

  /** The proposal in the older {@link MatchResult} shape, with one-line reasons. */
  public MatchResult asMatchResult() {
    Map<String, String> reasons = new LinkedHashMap<>();
    unmatched.forEach(person -> reasons.put(person.participantId(), person.summary()));
    return new MatchResult(pairs.stream()
        .map(pair -> new ProposedPair(pair.mentorParticipantId(), pair.menteeParticipantId(), pair.score(),
            pair.rationale()))
        .toList(), reasons);
  }
}
