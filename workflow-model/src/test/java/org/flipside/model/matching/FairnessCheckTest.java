package org.flipside.model.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Match rate and average score per focus group, with small groups never shown or derivable. */
class FairnessCheckTest {

  private static final int K = 5;

  @Test
  void showsMatchRateAndAverageScorePerGroup() {
    List<MatchCandidate> mentees = new ArrayList<>();
    mentees.addAll(people("a", "group-a", 6));
    mentees.addAll(people("b", "group-b", 5));
    List<ExplainedPair> pairs = List.of(pair("a0", 2.0), pair("a1", 4.0), pair("a2", 3.0), pair("b0", 1.0));

    FairnessSummary summary = FairnessCheck.summarise(List.of(), mentees, pairs, K);

    assertThat(summary.groups())
        .extracting(GroupOutcome::side, GroupOutcome::group, GroupOutcome::participants, GroupOutcome::matched,
            GroupOutcome::matchRate, GroupOutcome::averageScore)
        .containsExactly(
            tuple(Side.MENTEE, "group-a", 6, 3, 0.5, 3.0),
            tuple(Side.MENTEE, "group-b", 5, 1, 0.2, 1.0),
            tuple(Side.MENTEE, FairnessCheck.EVERYONE, 11, 4, 4 / 11.0, 2.5));
  }

  @Test
  void hidesASmallGroupTogetherWithTheNextSmallestSoTheTotalGivesNothingAway() {
    List<MatchCandidate> mentees = new ArrayList<>();
    mentees.addAll(people("a", "group-a", 9));
    mentees.addAll(people("b", "group-b", 6));
    mentees.addAll(people("c", "group-c", 2));
    List<ExplainedPair> pairs = List.of(pair("c0", 1.0), pair("c1", 1.0), pair("a0", 5.0));

    FairnessSummary summary = FairnessCheck.summarise(List.of(), mentees, pairs, K);

    // group-c alone (2) is below 5; shown beside group-a and the total it could be worked out, so group-b joins it
    assertThat(summary.groups()).extracting(GroupOutcome::group, GroupOutcome::participants, GroupOutcome::matched)
        .containsExactly(
            tuple("group-a", 9, 1),
            tuple(FairnessCheck.OTHER_GROUPS, 8, 2),
            tuple(FairnessCheck.EVERYONE, 17, 3));
  }

  @Test
  void combinesSmallGroupsThatTogetherReachTheThreshold() {
    List<MatchCandidate> mentors = new ArrayList<>();
    mentors.addAll(people("a", "group-a", 7));
    mentors.addAll(people("b", "group-b", 3));
    mentors.addAll(people("c", "group-c", 2));

    FairnessSummary summary = FairnessCheck.summarise(mentors, List.of(), List.of(), K);

    assertThat(summary.groups()).extracting(GroupOutcome::group, GroupOutcome::participants)
        .containsExactly(tuple("group-a", 7), tuple(FairnessCheck.OTHER_GROUPS, 5), tuple(FairnessCheck.EVERYONE, 12));
    assertThat(summary.groups()).allSatisfy(group -> assertThat(group.averageScore()).isNull());
  }

  @Test
  void showsNothingForASideSmallerThanTheThreshold() {
    FairnessSummary summary = FairnessCheck.summarise(people("a", "group-a", 4), List.of(), List.of(), K);

    assertThat(summary.groups()).isEmpty();
  }

  @Test
  void countsPeopleWhoGaveNoFocusAttributeAsTheirOwnGroup() {
    List<MatchCandidate> mentees = new ArrayList<>();
    mentees.addAll(people("a", "group-a", 5));
    mentees.addAll(people("n", null, 5));

    FairnessSummary summary = FairnessCheck.summarise(List.of(), mentees, List.of(), K);

    assertThat(summary.groups()).extracting(GroupOutcome::group)
        .containsExactly("group-a", FairnessCheck.NOT_DISCLOSED, FairnessCheck.EVERYONE);
  }

  @Test
  void neverShowsAGroupBelowTheThresholdOnRandomCohorts() {
    for (int seed = 0; seed < 50; seed++) {
      RandomCohort random = new RandomCohort(seed, 4, 3);
      List<List<MatchCandidate>> sides = random.candidates(5 + seed, 5 + seed, 2);
      MatchProposal proposal = new OptimalMatcher().match(MatchingRequest.of(sides.get(0), sides.get(1),
          random.rules(), K));

      for (Side side : Side.values()) {
        List<GroupOutcome> shown = proposal.fairness().groups().stream().filter(g -> g.side() == side).toList();
        assertThat(shown).allSatisfy(group -> assertThat(group.participants()).isGreaterThanOrEqualTo(K));
        int total = shown.stream().filter(g -> g.group().equals(FairnessCheck.EVERYONE))
            .mapToInt(GroupOutcome::participants).sum();
        int parts = shown.stream().filter(g -> !g.group().equals(FairnessCheck.EVERYONE))
            .mapToInt(GroupOutcome::participants).sum();
        // what the total leaves unexplained is either nothing or a whole shown bucket
        assertThat(total - parts).isZero();
      }
    }
  }

  private static List<MatchCandidate> people(String prefix, String group, int count) {
    List<MatchCandidate> people = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      people.add(CandidateBuilder.mentee(prefix + k).focusGroup(group).build());
    }
    return people;
  }

  private static ExplainedPair pair(String menteeEmployeeId, double score) {
    return new ExplainedPair("p-mentor-of-" + menteeEmployeeId, "p-" + menteeEmployeeId, score, List.of(), false);
  }
}
