package org.flipside.model.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The matcher's objective equals the exact optimum from OR-Tools' min-cost flow ({@link ExactSolver}) on hundreds of
 * random instances with bans, locks, capacities and every rule switch, and its proposal keeps every rule.
 */
class OptimalMatcherOptimalityTest {

  private static final int INSTANCES = 600;

  private final OptimalMatcher matcher = new OptimalMatcher();

  @Test
  void agreesWithTheExactSolverOnEveryRandomInstance() {
    int withUnmatched = 0;
    for (int seed = 0; seed < INSTANCES; seed++) {
      RandomCohort random = new RandomCohort(seed, 2 + seed % 7, 1 + seed % 4);
      int mentors = random.random().nextInt(seed % 10 == 0 ? 40 : 14);
      int mentees = random.random().nextInt(seed % 10 == 0 ? 40 : 14);
      List<List<MatchCandidate>> sides = random.candidates(mentors, mentees, 1 + seed % 3);
      MatchingRules rules = random.rules();
      Set<PairKey> bans = random.bans(sides.get(0), sides.get(1), 0.05 + (seed % 4) * 0.1);
      Set<PairKey> locks = someValidLocks(sides, rules, bans, random);
      MatchingRequest request = new MatchingRequest(sides.get(0), sides.get(1), rules, locks, bans, 3);

      MatchProposal proposal = matcher.match(request);
      ExactSolver.Objective optimum = ExactSolver.optimum(
          new PairAssessment(request.mentors(), request.mentees(), rules, bans), request);

      assertThat(objectiveOf(proposal)).as("instance %d", seed).isEqualTo(optimum);
      assertKeepsTheRules(proposal, request, "instance " + seed);
      withUnmatched += proposal.unmatched().isEmpty() ? 0 : 1;
    }
    // the instances must exercise the hard part: choosing whom to leave out
    assertThat(withUnmatched).isGreaterThan(INSTANCES / 2);
  }

  private static ExactSolver.Objective objectiveOf(MatchProposal proposal) {
    long units = 0;
    for (ExplainedPair pair : proposal.pairs()) {
      units += Math.round(pair.score() * PairAssessment.UNITS_PER_POINT);
    }
    return new ExactSolver.Objective(proposal.peopleMatched(), units);
  }

  /** About one in four instances locks up to two pairs that pass the rules and fit the capacities. */
  private static Set<PairKey> someValidLocks(List<List<MatchCandidate>> sides, MatchingRules rules,
      Set<PairKey> bans, RandomCohort random) {
    if (random.random().nextInt(4) != 0) {
      return Set.of();
    }
    PairAssessment assessment = new PairAssessment(sides.get(0), sides.get(1), rules, bans);
    Set<PairKey> locks = new HashSet<>();
    Map<Integer, Integer> locksOfMentee = new HashMap<>();
    Map<Integer, Integer> locksOfMentor = new HashMap<>();
    for (int attempt = 0; attempt < 20 && locks.size() < 2 && assessment.mentees.size() > 0; attempt++) {
      int mentor = random.random().nextInt(Math.max(1, assessment.mentors.size()));
      int mentee = random.random().nextInt(assessment.mentees.size());
      if (assessment.mentors.size() == 0 || assessment.breaches(mentor, mentee) != 0
          || locksOfMentee.getOrDefault(mentee, 0) >= rules.hard().mentorsPerMentee()
          || locks.contains(new PairKey(assessment.mentors.participantId(mentor),
              assessment.mentees.participantId(mentee)))
          || locksOfMentor.getOrDefault(mentor, 0) >= Locks.capacity(assessment, mentor, rules.hard())) {
        continue;
      }
      locksOfMentee.merge(mentee, 1, Integer::sum);
      locksOfMentor.merge(mentor, 1, Integer::sum);
      locks.add(new PairKey(assessment.mentors.participantId(mentor), assessment.mentees.participantId(mentee)));
    }
    return locks;
  }

  /** Every pair feasible and once, every lock in, no ban, no mentee or mentor over what the rules allow. */
  static void assertKeepsTheRules(MatchProposal proposal, MatchingRequest request, String description) {
    PairAssessment assessment = new PairAssessment(request.mentors(), request.mentees(), request.rules(),
        request.forbiddenPairs());
    Map<String, Integer> pairsOfMentor = new HashMap<>();
    Map<String, Integer> pairsOfMentee = new HashMap<>();
    for (ExplainedPair pair : proposal.pairs()) {
      int mentor = assessment.mentors.indexOf(pair.mentorParticipantId());
      int mentee = assessment.mentees.indexOf(pair.menteeParticipantId());
      assertThat(assessment.breaches(mentor, mentee)).as(description).isZero();
      assertThat(request.forbiddenPairs()).as(description).doesNotContain(pair.key());
      pairsOfMentor.merge(pair.mentorParticipantId(), 1, Integer::sum);
      pairsOfMentee.merge(pair.menteeParticipantId(), 1, Integer::sum);
    }
    assertThat(proposal.pairs()).extracting(ExplainedPair::key).as(description).doesNotHaveDuplicates();
    assertThat(pairsOfMentee.values()).as(description)
        .allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(request.rules().hard().mentorsPerMentee()));
    pairsOfMentor.forEach((mentorId, count) -> assertThat(count).as(description)
        .isLessThanOrEqualTo(Locks.capacity(assessment, assessment.mentors.indexOf(mentorId),
            request.rules().hard())));
    assertThat(proposal.pairs()).extracting(ExplainedPair::key).as(description)
        .containsAll(request.lockedPairs());
  }
}
