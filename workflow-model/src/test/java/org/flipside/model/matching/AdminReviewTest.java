package org.flipside.model.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.model.matching.CandidateBuilder.mentee;
import static org.flipside.model.matching.CandidateBuilder.mentor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Locks and bans from the admin's review loop, and the same answer for the same question. */
class AdminReviewTest {

  private static final MatchingRules RULES = MatchingRules.withDefaultWeights(HardRules.allOn(2));

  private final OptimalMatcher matcher = new OptimalMatcher();

  private final MatchCandidate m1 = mentor("m1").topics("race", "class").build();
  private final MatchCandidate m2 = mentor("m2").topics("faith").build();
  private final MatchCandidate e1 = mentee("e1").topics("race", "class").build();
  private final MatchCandidate e2 = mentee("e2").topics("faith").build();

  @Test
  void keepsALockedPairEvenWhenItScoresLess() {
    MatchProposal proposal = review(Set.of(new PairKey("p-m1", "p-e2")), Set.of());

    assertThat(proposal.pairs()).extracting(ExplainedPair::key)
        .containsExactlyInAnyOrder(new PairKey("p-m1", "p-e2"), new PairKey("p-m2", "p-e1"));
    assertThat(proposal.pairs()).filteredOn(ExplainedPair::locked).extracting(ExplainedPair::key)
        .containsExactly(new PairKey("p-m1", "p-e2"));
    assertThat(proposal.pairs()).filteredOn(ExplainedPair::locked).first()
        .satisfies(pair -> assertThat(pair.rationale()).startsWith("locked by the HR admin; "));
  }

  @Test
  void neverProposesABannedPairAndKeepsLocksAndBansTogether() {
    MatchProposal banned = review(Set.of(), Set.of(new PairKey("p-m1", "p-e1")));
    MatchProposal both = review(Set.of(new PairKey("p-m2", "p-e2")), Set.of(new PairKey("p-m1", "p-e1")));

    assertThat(banned.pairs()).extracting(ExplainedPair::key).doesNotContain(new PairKey("p-m1", "p-e1"));
    assertThat(both.pairs()).extracting(ExplainedPair::key).containsExactly(new PairKey("p-m2", "p-e2"));
    assertThat(HardRulesTest.only(both.unmatched(), "p-e1").exclusionsByRule())
        .containsEntry("forbidden-by-admin", 1);
  }

  @Test
  void ignoresABanOnSomeoneNoLongerInTheCohort() {
    assertThat(review(Set.of(), Set.of(new PairKey("p-gone", "p-e1"))).pairs()).hasSize(2);
  }

  @Test
  void refusesALockThatBreaksAHardRuleOrIsBanned() {
    MatchCandidate manager = mentee("boss").build();
    MatchCandidate report = mentor("r1").managers("boss").build();

    assertThatThrownBy(() -> matcher.match(new MatchingRequest(List.of(report), List.of(manager), RULES,
        Set.of(new PairKey("p-r1", "p-boss")), Set.of(), 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot lock p-r1 with p-boss: it breaks line-management-chain");
    assertThatThrownBy(() -> review(Set.of(new PairKey("p-m1", "p-e1")), Set.of(new PairKey("p-m1", "p-e1"))))
        .hasMessageContaining("forbidden-by-admin");
  }

  @Test
  void refusesLocksBeyondCapacityOrTwoMentorsForOneMentee() {
    assertThatThrownBy(() -> review(Set.of(new PairKey("p-m1", "p-e1"), new PairKey("p-m1", "p-e2")), Set.of()))
        .hasMessageContaining("capacity");
    assertThatThrownBy(() -> review(Set.of(new PairKey("p-m1", "p-e1"), new PairKey("p-m2", "p-e1")), Set.of()))
        .hasMessageContaining("already locked");
    assertThatThrownBy(() -> review(Set.of(new PairKey("p-m1", "p-nobody")), Set.of()))
        .hasMessageContaining("candidates");
  }

  @Test
  void fillsTheRemainingCapacityOfAMentorWithALock() {
    MatchCandidate roomy = mentor("m1").capacity(2).build();
    MatchProposal proposal = matcher.match(new MatchingRequest(List.of(roomy), List.of(e1, e2), RULES,
        Set.of(new PairKey("p-m1", "p-e2")), Set.of(), 5));

    assertThat(proposal.pairs()).hasSize(2);
    assertThat(proposal.peopleMatched()).isEqualTo(3);
  }

  @Test
  void givesTheSameProposalWhateverTheInputOrder() {
    RandomCohort random = new RandomCohort(11, 5, 3);
    List<List<MatchCandidate>> sides = random.candidates(30, 30, 2);
    MatchingRules rules = random.rules();
    Set<PairKey> bans = random.bans(sides.get(0), sides.get(1), 0.2);
    MatchProposal first = matcher.match(new MatchingRequest(sides.get(0), sides.get(1), rules, Set.of(), bans, 3));

    for (int shuffle = 0; shuffle < 5; shuffle++) {
      List<MatchCandidate> mentors = new ArrayList<>(sides.get(0));
      List<MatchCandidate> mentees = new ArrayList<>(sides.get(1));
      Collections.shuffle(mentors, new Random(shuffle));
      Collections.shuffle(mentees, new Random(shuffle + 100));
      assertThat(matcher.match(new MatchingRequest(mentors, mentees, rules, Set.of(), bans, 3))).isEqualTo(first);
    }
  }

  @Test
  void breaksTiesByParticipantId() {
    List<MatchCandidate> mentors = new ArrayList<>();
    List<MatchCandidate> mentees = new ArrayList<>();
    for (int k = 4; k >= 0; k--) {
      mentors.add(mentor("m" + k).build());
      mentees.add(mentee("e" + k).build());
    }

    assertThat(matcher.match(MatchingRequest.of(mentors, mentees, RULES, 5)).pairs())
        .extracting(pair -> pair.mentorParticipantId() + "+" + pair.menteeParticipantId())
        .containsExactly("p-m0+p-e0", "p-m1+p-e1", "p-m2+p-e2", "p-m3+p-e3", "p-m4+p-e4");
  }

  @Test
  void refusesTheSameParticipantTwice() {
    assertThatThrownBy(() -> matcher.match(MatchingRequest.of(List.of(m1, m1), List.of(e1), RULES, 5)))
        .hasMessageContaining("p-m1 is listed twice");
  }

  private MatchProposal review(Set<PairKey> locks, Set<PairKey> bans) {
    return matcher.match(new MatchingRequest(List.of(m1, m2), List.of(e1, e2), RULES, locks, bans, 5));
  }
}
