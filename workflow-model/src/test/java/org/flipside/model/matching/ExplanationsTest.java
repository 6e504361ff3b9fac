package org.flipside.model.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.model.matching.CandidateBuilder.mentee;
import static org.flipside.model.matching.CandidateBuilder.mentor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.model.MeetingFormat;
import org.junit.jupiter.api.Test;

/** Each pair says which soft rules made it; everyone left out says why. */
class ExplanationsTest {

  private final OptimalMatcher matcher = new OptimalMatcher();

  @Test
  void namesEachSoftRuleWithItsContribution() {
    MatchCandidate mentor = mentor("m1").topics("Race", "class", "faith").wantsToWorkIn("finance")
        .format(MeetingFormat.ONLINE).location("Leeds").available("tue-am", "wed-pm").build();
    MatchCandidate mentee = mentee("e1").topics("race", "Class ").leads("Finance").format(null)
        .location("leeds").available("wed-pm").build();

    ExplainedPair pair = match(List.of(mentor), List.of(mentee), MatchingRules.withDefaultWeights(
        HardRules.allOn(2))).pairs().get(0);

    assertThat(pair.contributions()).containsExactly(
        new RuleContribution("leads-wanted-area", 2.0, "finance"),
        new RuleContribution("shared-topics", 2.0, "class, race"),
        new RuleContribution("compatible-format", 0.5, "online"),
        new RuleContribution("shared-availability", 0.5, "wed-pm"),
        new RuleContribution("same-location", 0.5, "leeds"));
    assertThat(pair.score()).isEqualTo(5.5);
    assertThat(pair.rationale()).isEqualTo("leads-wanted-area +2 (finance); shared-topics +2 (class, race); "
        + "compatible-format +0.5 (online); shared-availability +0.5 (wed-pm); same-location +0.5 (leeds)");
  }

  @Test
  void usesTheAdminsWeightsAndLeavesOutRulesWeightedZero() {
    MatchCandidate mentor = mentor("m1").topics("race", "class").format(MeetingFormat.ONLINE).build();
    MatchCandidate mentee = mentee("e1").topics("race", "class").format(MeetingFormat.ONLINE).build();
    Map<SoftRule, Double> weights = new EnumMap<>(SoftRule.class);
    weights.put(SoftRule.SHARED_TOPICS, 1.25);
    weights.put(SoftRule.COMPATIBLE_FORMAT, 0.0);

    ExplainedPair pair = match(List.of(mentor), List.of(mentee), new MatchingRules(HardRules.allOn(2), weights))
        .pairs().get(0);

    assertThat(pair.contributions()).containsExactly(new RuleContribution("shared-topics", 2.5, "class, race"));
    assertThat(pair.score()).isEqualTo(2.5);
  }

  @Test
  void saysWhenAPairHasNothingInCommon() {
    MatchCandidate mentor = mentor("m1").format(MeetingFormat.ONLINE).build();
    MatchCandidate mentee = mentee("e1").format(MeetingFormat.IN_PERSON).build();

    ExplainedPair pair = match(List.of(mentor), List.of(mentee), MatchingRules.withDefaultWeights(
        HardRules.allOn(2))).pairs().get(0);

    assertThat(pair.score()).isZero();
    assertThat(pair.rationale()).isEqualTo("passes the hard rules; nothing in common beyond that");
  }

  @Test
  void countsTheCandidatesEachHardRuleExcludedAndNamesAFew() {
    MatchCandidate mentor = mentor("m1").department("ops").managers("boss").build();
    List<MatchCandidate> mentees = List.of(
        mentee("e1").department("ops").build(),
        mentee("e2").department("ops").band(3).build(),
        mentee("e3").band(2).build(),
        mentee("e4").band(1).build(),
        mentee("e5").band(3).build(),
        mentee("e6").band(4).build(),
        mentee("boss").build());

    UnmatchedParticipant unmatched = HardRulesTest.only(
        match(List.of(mentor), mentees, MatchingRules.withDefaultWeights(HardRules.allOn(3))).unmatched(), "p-m1");

    assertThat(unmatched.reason()).isEqualTo(UnmatchedReason.EXCLUDED_BY_HARD_RULES);
    assertThat(unmatched.feasiblePartners()).isZero();
    assertThat(unmatched.exclusionsByRule()).containsExactly(
        Map.entry("line-management-chain", 1),
        Map.entry("same-department", 2),
        Map.entry("seniority-gap", 5));
    assertThat(unmatched.examplesByRule()).containsEntry("seniority-gap", List.of("p-e2", "p-e3", "p-e4"))
        .containsEntry("line-management-chain", List.of("p-boss"));
    assertThat(unmatched.summary()).isEqualTo("no candidate passes the hard rules: "
        + "line-management-chain (1, e.g. p-boss), same-department (2, e.g. p-e1, p-e2), "
        + "seniority-gap (5, e.g. p-e2, p-e3, p-e4)");
  }

  @Test
  void saysWhenEveryFeasiblePartnerWentToSomeoneElse() {
    MatchCandidate m1 = mentor("m1").topics("race").build();
    MatchCandidate m2 = mentor("m2").build();
    MatchCandidate e1 = mentee("e1").topics("race").build();

    MatchProposal proposal = match(List.of(m1, m2), List.of(e1),
        MatchingRules.withDefaultWeights(HardRules.allOn(2)));

    assertThat(proposal.pairs()).extracting(ExplainedPair::key).containsExactly(new PairKey("p-m1", "p-e1"));
    assertThat(proposal.unmatched()).singleElement().satisfies(left -> {
      assertThat(left.participantId()).isEqualTo("p-m2");
      assertThat(left.side()).isEqualTo(Side.MENTOR);
      assertThat(left.reason()).isEqualTo(UnmatchedReason.FEASIBLE_PARTNERS_TAKEN);
      assertThat(left.feasiblePartners()).isEqualTo(1);
      assertThat(left.summary()).isEqualTo("each of the 1 feasible partners was matched to someone else");
    });
  }

  @Test
  void saysWhenTheOtherSideIsEmpty() {
    MatchProposal proposal = match(List.of(mentor("m1").build()), List.of(),
        MatchingRules.withDefaultWeights(HardRules.allOn(2)));

    assertThat(proposal.unmatched()).singleElement().satisfies(person -> {
      assertThat(person.reason()).isEqualTo(UnmatchedReason.NO_CANDIDATES);
      assertThat(person.summary()).isEqualTo("there are no mentees");
    });
  }

  @Test
  void offersTheOlderResultShapeForTodaysCallers() {
    MatchCandidate mentor = mentor("m1").topics("race").build();
    MatchCandidate left = mentor("m2").build();
    MatchCandidate mentee = mentee("e1").topics("race").build();

    MatchResult result = match(List.of(mentor, left), List.of(mentee),
        MatchingRules.withDefaultWeights(HardRules.allOn(2))).asMatchResult();

    assertThat(result.pairs()).singleElement().satisfies(pair -> {
      assertThat(pair.score()).isEqualTo(1.5);
      assertThat(pair.rationale()).isEqualTo("shared-topics +1 (race); compatible-format +0.5 (phone)");
    });
    assertThat(result.unmatchedReasons())
        .containsExactly(Map.entry("p-m2", "each of the 1 feasible partners was matched to someone else"));
  }

  private MatchProposal match(List<MatchCandidate> mentors, List<MatchCandidate> mentees, MatchingRules rules) {
    return matcher.match(new MatchingRequest(mentors, mentees, rules, Set.of(), Set.of(), 5));
  }
}
