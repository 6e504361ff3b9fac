package org.flipside.model.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The reference the matcher is checked against: OR-Tools' min-cost flow (an independent, exact network simplex /
 * cost-scaling solver), on a formulation built straight from the pairs rather than from the matcher's slot graph.
 *
 * <p>Network: source → mentor (one arc of capacity 1 worth a matched mentor, one of the remaining capacity worth
 * nothing), mentor → mentee for every feasible pair worth the pair's score, mentee → sink (likewise one arc worth a
 * matched mentee, one for the further mentors the rules allow), and a free source → sink bypass so the flow need not
 * saturate. Worth is negated into cost. Locked pairs are fixed
 * beforehand, as the matcher does.
 */
final class ExactSolver {

  static {
    Loader.loadNativeLibraries();
  }

  /** The optimum, people matched then total score in units. */
  record Objective(long peopleMatched, long scoreUnits) {
  }

  private ExactSolver() {
  }

  static Objective optimum(PairAssessment assessment, MatchingRequest request) {
    Locks locks = Locks.validate(request.lockedPairs(), assessment, request.rules().hard());
    int mentors = assessment.mentors.size();
    int mentees = assessment.mentees.size();
    long lockedPeople = 0;
    long lockedUnits = 0;
    for (int[] lock : locks.pairs()) {
      lockedUnits += assessment.scoreUnits(lock[0], lock[1]);
    }
    for (int mentor = 0; mentor < mentors; mentor++) {
      lockedPeople += locks.locksOfMentor(mentor) > 0 ? 1 : 0;
    }
    for (int mentee = 0; mentee < mentees; mentee++) {
      lockedPeople += locks.locksOfMentee(mentee) > 0 ? 1 : 0;
    }
    int mentorsPerMentee = request.rules().hard().mentorsPerMentee();

    int source = mentors + mentees;
    int sink = source + 1;
    long maxUnits = 0;
    for (int mentor = 0; mentor < mentors; mentor++) {
      for (int mentee = 0; mentee < mentees; mentee++) {
        maxUnits = Math.max(maxUnits, assessment.scoreUnits(mentor, mentee));
      }
    }
    long personWorth = ((long) mentees * mentorsPerMentee + 1) * (maxUnits + 1);
    MinCostFlow flow = new MinCostFlow();
    long supply = 0;
    for (int mentor = 0; mentor < mentors; mentor++) {
      int free = Locks.capacity(assessment, mentor, request.rules().hard()) - locks.locksOfMentor(mentor);
      if (free == 0) {
        continue;
      }
      boolean alreadyMatched = locks.locksOfMentor(mentor) > 0;
      flow.addArcWithCapacityAndUnitCost(source, mentor, 1, alreadyMatched ? 0 : -personWorth);
      if (free > 1) {
        flow.addArcWithCapacityAndUnitCost(source, mentor, free - 1, 0);
      }
      supply += free;
      for (int mentee = 0; mentee < mentees; mentee++) {
        if (assessment.breaches(mentor, mentee) == 0 && !locks.isLocked(mentor, mentee)) {
          flow.addArcWithCapacityAndUnitCost(mentor, mentors + mentee, 1, -assessment.scoreUnits(mentor, mentee));
        }
      }
    }
    for (int mentee = 0; mentee < mentees; mentee++) {
      int free = mentorsPerMentee - locks.locksOfMentee(mentee);
      if (free == 0) {
        continue;
      }
      boolean alreadyMatched = locks.locksOfMentee(mentee) > 0;
      flow.addArcWithCapacityAndUnitCost(mentors + mentee, sink, 1, alreadyMatched ? 0 : -personWorth);
      if (free > 1) {
        flow.addArcWithCapacityAndUnitCost(mentors + mentee, sink, free - 1, 0);
      }
    }
    flow.addArcWithCapacityAndUnitCost(source, sink, supply, 0);
    flow.setNodeSupply(source, supply);
    flow.setNodeSupply(sink, -supply);
    MinCostFlowBase.Status status = flow.solve();
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools min-cost flow ended " + status);
    }
    long worth = -flow.getOptimalCost();
    return new Objective(lockedPeople + worth / personWorth, lockedUnits + worth % personWorth);
  }
}
