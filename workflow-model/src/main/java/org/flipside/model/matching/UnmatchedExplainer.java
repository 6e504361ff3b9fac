package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Says, for everyone left without a partner, which hard rules excluded each candidate or that all were taken. */
final class UnmatchedExplainer {

  /** How many excluded candidates to name per rule. */
  static final int EXAMPLES_PER_RULE = 3;

  private UnmatchedExplainer() {
  }

  static List<UnmatchedParticipant> explain(PairAssessment assessment, List<ExplainedPair> pairs) {
    Set<String> matched = new HashSet<>();
    for (ExplainedPair pair : pairs) {
      matched.add(pair.mentorParticipantId());
      matched.add(pair.menteeParticipantId());
    }
    List<UnmatchedParticipant> unmatched = new ArrayList<>();
    int[] breaches = new int[assessment.mentees.size()];
    for (int mentor = 0; mentor < assessment.mentors.size(); mentor++) {
      if (!matched.contains(assessment.mentors.participantId(mentor))) {
        assessment.breachesOfMentor(mentor, breaches);
        unmatched.add(explain(assessment.mentors.participantId(mentor), Side.MENTOR, breaches,
            assessment.mentees));
      }
    }
    int[] breachesByMentor = new int[assessment.mentors.size()];
    for (int mentee = 0; mentee < assessment.mentees.size(); mentee++) {
      if (!matched.contains(assessment.mentees.participantId(mentee))) {
        for (int mentor = 0; mentor < breachesByMentor.length; mentor++) {
          breachesByMentor[mentor] = assessment.breaches(mentor, mentee);
        }
        unmatched.add(explain(assessment.mentees.participantId(mentee), Side.MENTEE, breachesByMentor,
            assessment.mentors));
      }
    }
    return unmatched;
  }

  private static UnmatchedParticipant explain(String participantId, Side side, int[] breaches,
      CandidateTable otherSide) {
    if (breaches.length == 0) {
      return new UnmatchedParticipant(participantId, side, UnmatchedReason.NO_CANDIDATES, 0, Map.of(), Map.of());
    }
    int feasible = 0;
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, List<String>> examples = new LinkedHashMap<>();
    for (HardRule rule : HardRule.values()) {
      for (int other = 0; other < breaches.length; other++) {
        if (rule.isIn(breaches[other])) {
          counts.merge(rule.ruleName(), 1, Integer::sum);
          List<String> named = examples.computeIfAbsent(rule.ruleName(), name -> new ArrayList<>());
          if (named.size() < EXAMPLES_PER_RULE) {
            named.add(otherSide.participantId(other));
          }
        }
      }
    }
    for (int breach : breaches) {
      feasible += breach == 0 ? 1 : 0;
    }
    UnmatchedReason reason = feasible > 0 ? UnmatchedReason.FEASIBLE_PARTNERS_TAKEN
        : UnmatchedReason.EXCLUDED_BY_HARD_RULES;
    return new UnmatchedParticipant(participantId, side, reason, feasible, counts, examples);
  }
}
