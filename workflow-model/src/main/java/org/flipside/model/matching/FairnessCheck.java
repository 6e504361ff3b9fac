package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Works out a {@link FairnessSummary}.
 *
 * <p>Suppression, per side: every group below the threshold is hidden. If the hidden groups together are still
 * below the threshold, the smallest shown groups are hidden too until they are not (otherwise the side's total minus
 * the shown groups would reveal them). Hidden groups appear only together, as {@link #OTHER_GROUPS}. A side with
 * fewer people than the threshold in all shows nothing.
 */
public final class FairnessCheck {

  /** The group of people who did not give their focus attribute. */
  public static final String NOT_DISCLOSED = "not disclosed";
  /** Small groups, counted together. */
  public static final String OTHER_GROUPS = "other groups";
  /** The whole side. */
  public static final String EVERYONE = "everyone";

  private FairnessCheck() {
  }

  /** Summarises the pairs' outcomes per focus group of each side. */
  public static FairnessSummary summarise(List<MatchCandidate> mentors, List<MatchCandidate> mentees,
      List<ExplainedPair> pairs, int anonymityThreshold) {
    Map<String, List<Double>> mentorScores = new HashMap<>();
    Map<String, List<Double>> menteeScores = new HashMap<>();
    for (ExplainedPair pair : pairs) {
      mentorScores.computeIfAbsent(pair.mentorParticipantId(), id -> new ArrayList<>()).add(pair.score());
      menteeScores.computeIfAbsent(pair.menteeParticipantId(), id -> new ArrayList<>()).add(pair.score());
    }
    List<GroupOutcome> groups = new ArrayList<>();
    groups.addAll(side(Side.MENTOR, mentors, mentorScores, anonymityThreshold));
    groups.addAll(side(Side.MENTEE, mentees, menteeScores, anonymityThreshold));
    SortedMap<String, Integer> exceptions = new TreeMap<>();
    for (ExplainedPair pair : pairs) {
      pair.exceptions().stream().map(exception -> exception.ruleName() + " (" + exception.allowedBy() + ")")
          .distinct().forEach(key -> exceptions.merge(key, 1, Integer::sum));
    }
    return new FairnessSummary(anonymityThreshold, groups, exceptions);
  }

  private static List<GroupOutcome> side(Side side, List<MatchCandidate> candidates,
      Map<String, List<Double>> scoresByParticipant, int threshold) {
    if (candidates.size() < threshold || candidates.isEmpty()) {
      return List.of();
    }
    Map<String, Tally> byGroup = new TreeMap<>();
    Tally everyone = new Tally();
    for (MatchCandidate candidate : candidates) {
      String group = candidate.focusGroup() == null || candidate.focusGroup().isBlank()
          ? NOT_DISCLOSED : candidate.focusGroup().strip();
      List<Double> scores = scoresByParticipant.getOrDefault(candidate.participantId(), List.of());
      byGroup.computeIfAbsent(group, name -> new Tally()).add(scores);
      everyone.add(scores);
    }

    List<String> shown = new ArrayList<>();
    Tally hidden = new Tally();
    byGroup.forEach((group, tally) -> {
      if (tally.participants < threshold) {
        hidden.add(tally);
      } else {
        shown.add(group);
      }
    });
    shown.sort(Comparator.comparingInt((String group) -> byGroup.get(group).participants).thenComparing(group -> group));
    while (hidden.participants > 0 && hidden.participants < threshold) {
      hidden.add(byGroup.get(shown.remove(0)));
    }
    shown.sort(Comparator.naturalOrder());

    List<GroupOutcome> outcomes = new ArrayList<>();
    shown.forEach(group -> outcomes.add(byGroup.get(group).outcome(side, group)));
    if (hidden.participants > 0) {
      outcomes.add(hidden.outcome(side, OTHER_GROUPS));
    }
    outcomes.add(everyone.outcome(side, EVERYONE));
    return outcomes;
  }

  /** Running totals for one group. */
  private static final class Tally {
    int participants;
    int matched;
    int pairs;
    /** In thousandths, as scores are kept, so the sum and the average do not depend on the order of adding. */
    long scoreUnits;

    void add(List<Double> scoresOfOnePerson) {
      participants++;
      matched += scoresOfOnePerson.isEmpty() ? 0 : 1;
      pairs += scoresOfOnePerson.size();
      scoresOfOnePerson.forEach(score -> scoreUnits += Math.round(score * PairAssessment.UNITS_PER_POINT));
    }

    void add(Tally other) {
      participants += other.participants;
      matched += other.matched;
      pairs += other.pairs;
      scoreUnits += other.scoreUnits;
    }

    GroupOutcome outcome(Side side, String group) {
      return new GroupOutcome(side, group, participants, matched, (double) matched / participants,
          pairs == 0 ? null : scoreUnits / PairAssessment.UNITS_PER_POINT / pairs);
    }
  }
}
