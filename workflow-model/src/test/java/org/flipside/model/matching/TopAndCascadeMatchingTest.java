package org.flipside.model.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.model.matching.CandidateBuilder.mentee;
import static org.flipside.model.matching.CandidateBuilder.mentor;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Matching at the top of an organisation and in cascades: reciprocal programmes have no band order, the line-chain
 * rule can stop after some levels or let the top of the organisation be matched, and the HR admin can allow one pair
 * a rule forbids; every such exception shows in the pair's explanation and in the fairness check.
 */
class TopAndCascadeMatchingTest {

  private static final HardRules RECIPROCAL_GAP_ZERO = HardRules.allOn(0).withoutBandOrder();

  private final OptimalMatcher matcher = new OptimalMatcher();

  @Test
  void aReciprocalCascadeMatchesSeniorMentorsWithEveryMenteeAtLowerBands() {
    List<MatchCandidate> seniorMentors = IntStream.rangeClosed(1, 5)
        .mapToObj(i -> mentor("senior-" + i).band(8).managers("director-" + i, "ceo").build()).toList();
    List<MatchCandidate> bandFiveAndSix = IntStream.rangeClosed(1, 5)
        .mapToObj(i -> mentee("staff-" + i).band(i % 2 == 0 ? 5 : 6).managers("lead-" + i, "ceo").build()).toList();

    assertThat(match(seniorMentors, bandFiveAndSix, HardRules.allOn(0), Set.of()).pairs())
        .as("with band order the mentee must sit at or above the mentor").isEmpty();
    assertThat(match(seniorMentors, bandFiveAndSix, RECIPROCAL_GAP_ZERO, Set.of()).pairs()).hasSize(5);
  }

  @Test
  void withoutBandOrderTheGapCountsEitherWay() {
    HardRules gapOfTwo = HardRules.allOn(2).withoutBandOrder();
    MatchCandidate mentor = mentor("m1").band(7).build();

    assertThat(match(List.of(mentor), List.of(mentee("two-below").band(5).build()), gapOfTwo, Set.of()).pairs())
        .hasSize(1);
    assertThat(match(List.of(mentor), List.of(mentee("one-below").band(6).build()), gapOfTwo, Set.of()).pairs())
        .isEmpty();
  }

  @Test
  void theManagingDirectorWhomEveryoneReportsToIsMatchedWhenTheChainRuleStopsAtTwoLevels() {
    MatchCandidate managingDirector = mentee("md").band(9).build();
    MatchCandidate technician = mentor("technician").managers("team-lead", "head-of-it", "md").build();
    HardRules twoLevels = HardRules.allOn(2).withLineChain(2, false);

    assertThat(match(List.of(technician), List.of(managingDirector), HardRules.allOn(2), Set.of()).pairs())
        .as("the whole chain reaches the managing director").isEmpty();
    MatchProposal proposal = match(List.of(technician), List.of(managingDirector), twoLevels, Set.of());

    ExplainedPair pair = proposal.pairs().get(0);
    assertThat(pair.exceptions()).containsExactly(new RuleException("line-management-chain",
        RuleException.LIMITED_LINE_CHAIN, "the mentee is 3 levels above the mentor; the rule covers 2"));
    assertThat(pair.rationale()).startsWith("line-management-chain allowed (limited-line-chain): the mentee is 3");
    assertThat(proposal.fairness().pairsByException())
        .containsExactly(Map.entry("line-management-chain (limited-line-chain)", 1));
  }

  @Test
  void aLimitedChainStillSeparatesTheNearerLevels() {
    MatchCandidate headOfIt = mentee("head-of-it").managers("md").build();
    MatchCandidate technician = mentor("technician").managers("team-lead", "head-of-it", "md").build();

    assertThat(match(List.of(technician), List.of(headOfIt), HardRules.allOn(2).withLineChain(2, false), Set.of())
        .pairs()).isEmpty();
    assertThat(match(List.of(technician), List.of(headOfIt), HardRules.allOn(2).withLineChain(1, false), Set.of())
        .pairs()).hasSize(1);
  }

  @Test
  void aLimitedChainCountsLevelsNearestFirstWhateverOrderThePeopleWereFirstSeenIn() {
    // the chief executive is seen first, as finance-1's top; ops-1's own managers come later
    List<MatchCandidate> mentors = List.of(
        mentor("finance-1").managers("mgr-finance", "dir-finance", "ceo").build(),
        mentor("ops-1").managers("mgr-ops", "dir-ops", "ceo").build());
    List<MatchCandidate> mentees = List.of(mentee("ceo").band(10).build(),
        mentee("mgr-ops").managers("dir-ops", "ceo").build());

    assertThat(match(mentors, mentees, HardRules.allOn(2).withLineChain(2, false), Set.of()).pairs())
        .as("ops-1 manages no one here and sits three levels below the chief executive")
        .extracting(ExplainedPair::key)
        .containsExactlyInAnyOrder(new PairKey("p-ops-1", "p-ceo"), new PairKey("p-finance-1", "p-mgr-ops"));
  }

  @Test
  void theTopOfTheOrganisationIsMatchableExceptWithTheirDirectReports() {
    MatchCandidate managingDirector = mentee("md").band(9).build();
    MatchCandidate directReport = mentor("finance-director").managers("md").build();
    MatchCandidate technician = mentor("technician").managers("team-lead", "head-of-it", "md").build();
    HardRules topMatchable = HardRules.allOn(2).withLineChain(HardRules.WHOLE_CHAIN, true);

    assertThat(match(List.of(directReport), List.of(managingDirector), topMatchable, Set.of()).pairs()).isEmpty();
    MatchProposal proposal = match(List.of(technician), List.of(managingDirector), topMatchable, Set.of());
    assertThat(proposal.pairs().get(0).exceptions()).extracting(RuleException::allowedBy)
        .containsExactly(RuleException.TOP_OF_ORGANISATION);
    assertThat(proposal.pairs().get(0).exceptions().get(0).detail())
        .isEqualTo("the mentee is 3 levels above the mentor, at the top of the organisation");
    assertThat(match(List.of(technician), List.of(mentee("head-of-it").managers("md").build()), topMatchable,
        Set.of()).pairs()).as("everyone below the top stays separated along the whole chain").isEmpty();
  }

  @Test
  void theAdminCanAllowOnePairThatARuleForbidsAndItSaysSo() {
    MatchCandidate mentor = mentor("m1").band(6).department("Pharmacy").build();
    MatchCandidate mentee = mentee("e1").band(7).department("Pharmacy").build();
    PairKey pair = new PairKey("p-m1", "p-e1");

    assertThat(match(List.of(mentor), List.of(mentee), HardRules.allOn(2), Set.of()).pairs()).isEmpty();
    MatchProposal allowed = match(List.of(mentor), List.of(mentee), HardRules.allOn(2), Set.of(pair));

    assertThat(allowed.pairs()).extracting(ExplainedPair::key).containsExactly(pair);
    assertThat(allowed.pairs().get(0).exceptions()).extracting(RuleException::ruleName, RuleException::allowedBy)
        .containsExactly(tuple("same-department", RuleException.ALLOWED_BY_ADMIN),
            tuple("seniority-gap", RuleException.ALLOWED_BY_ADMIN));
    assertThat(allowed.fairness().pairsByException()).containsOnlyKeys("same-department (allowed-by-admin)",
        "seniority-gap (allowed-by-admin)");
  }

  @Test
  void anAllowanceNeverPairsSomeoneWithThemselvesNorLiftsTheAdminsOwnBan() {
    MatchCandidate asMentor = mentor("same").build();
    MatchCandidate asMentee = mentee("same").build();
    PairKey self = new PairKey("p-same", "p-same");

    assertThat(match(List.of(asMentor), List.of(asMentee), HardRules.allOn(2), Set.of(self)).pairs()).isEmpty();
    MatchCandidate other = mentee("e1").build();
    PairKey banned = new PairKey("p-same", "p-e1");
    assertThat(matcher.match(new MatchingRequest(List.of(asMentor), List.of(other),
        MatchingRules.withDefaultWeights(HardRules.allOn(2)), Set.of(), Set.of(banned), 5, Set.of(banned))).pairs())
        .isEmpty();
  }

  @Test
  void aLineChainLimitOutsideTheRangeIsRefusedNamingIt() {
    assertThatThrownBy(() -> HardRules.allOn(2).withLineChain(-1, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lineChainLevels must be between 0");
  }

  private MatchProposal match(List<MatchCandidate> mentors, List<MatchCandidate> mentees, HardRules hard,
      Set<PairKey> allowed) {
    return matcher.match(new MatchingRequest(mentors, mentees, MatchingRules.withDefaultWeights(hard), Set.of(),
        Set.of(), 5, allowed));
  }
}
