package org.flipside.model.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flipside.model.MeetingFormat;
import org.junit.jupiter.api.Test;

class GreedyMatcherTest {

  private static final MatchRules GAP_TWO_ANY_DEPARTMENT = new MatchRules(2, false);

  private final GreedyMatcher matcher = new GreedyMatcher();

  @Test
  void neverPairsAMenteeWithSomeoneTheyManage() {
    MatchCandidate mentor = mentor("m1", "ops", List.of("lead-1", "ceo"));
    MatchCandidate theirManager = mentee("lead-1", "ops", List.of("ceo"));

    MatchResult result = match(List.of(mentor), List.of(theirManager));

    assertThat(result.pairs()).isEmpty();
    assertThat(result.unmatchedReasons()).containsEntry("p-lead-1",
        "no candidate passes the hard rules: same line-management chain (1)");
  }

  @Test
  void neverPairsAMentorWithTheirSkipLevelManager() {
    MatchCandidate mentor = mentor("m1", "ops", List.of("lead-1", "director-1", "ceo"));
    MatchCandidate skipLevel = mentee("director-1", "ops", List.of("ceo"));

    assertThat(match(List.of(mentor), List.of(skipLevel)).pairs()).isEmpty();
  }

  @Test
  void neverPairsAMentorWhoManagesTheMentee() {
    // unusual but possible in a reciprocal programme: the mentor sits above the mentee in the chain
    MatchCandidate manager = mentor("m1", "ops", List.of("ceo"));
    MatchCandidate report = mentee("e1", "ops", List.of("x1", "m1", "ceo"));

    MatchResult result = matcher.match(List.of(manager), List.of(report), new MatchRules(-10, false), Set.of());

    assertThat(result.pairs()).isEmpty();
  }

  @Test
  void pairsPeopleWhoseChainsOnlyMeetHigherUp() {
    MatchCandidate mentor = mentor("m1", "ops", List.of("lead-1", "ceo"));
    MatchCandidate otherBranch = mentee("e1", "finance", List.of("ceo"));

    assertThat(match(List.of(mentor), List.of(otherBranch)).pairs())
        .extracting(ProposedPair::menteeParticipantId).containsExactly("p-e1");
  }

  @Test
  void excludesTheSameDepartmentOnlyWhenTheRulesSaySo() {
    MatchCandidate mentor = mentor("m1", "Finance", List.of());
    MatchCandidate mentee = mentee("e1", "finance", List.of());

    MatchResult strict = matcher.match(List.of(mentor), List.of(mentee), new MatchRules(2, true), Set.of());
    MatchResult relaxed = matcher.match(List.of(mentor), List.of(mentee), new MatchRules(2, false), Set.of());

    assertThat(strict.pairs()).isEmpty();
    assertThat(strict.unmatchedReasons()).containsEntry("p-m1",
        "no candidate passes the hard rules: same department (1)");
    assertThat(relaxed.pairs()).hasSize(1);
  }

  @Test
  void requiresTheMenteeToBeAtLeastTheMinimumGapAboveTheMentor() {
    MatchCandidate mentor = candidate("m1", 3, "ops", List.of(), Set.of(), Set.of(), null, null);
    MatchCandidate oneAbove = candidate("e1", 4, "hr", List.of(), Set.of(), Set.of(), null, null);
    MatchCandidate twoAbove = candidate("e2", 5, "it", List.of(), Set.of(), Set.of(), null, null);

    MatchResult result = match(List.of(mentor), List.of(oneAbove, twoAbove));

    assertThat(result.pairs()).extracting(ProposedPair::menteeParticipantId).containsExactly("p-e2");
    assertThat(result.unmatchedReasons()).containsEntry("p-e1",
        "no candidate passes the hard rules: band gap below 2 (1)");
  }

  @Test
  void neverProposesAForbiddenPair() {
    MatchCandidate mentor = mentor("m1", "ops", List.of());
    MatchCandidate best = mentee("e1", "hr", List.of());
    MatchCandidate other = candidate("e2", 9, "it", List.of(), Set.of(), Set.of(), null, MeetingFormat.PHONE);

    MatchResult result = matcher.match(List.of(mentor), List.of(best, other), GAP_TWO_ANY_DEPARTMENT,
        Set.of(new PairKey("p-m1", "p-e1")));

    assertThat(result.pairs()).extracting(ProposedPair::menteeParticipantId).containsExactly("p-e2");
  }

  @Test
  void scoresSharedTopicsLedAreaAndFormatAndExplainsWhy() {
    MatchCandidate mentor = candidate("m1", 2, "ops", List.of(), Set.of("Race", "class", "faith"),
        Set.of("finance"), null, MeetingFormat.ONLINE);
    MatchCandidate mentee = candidate("e1", 8, "board", List.of(), Set.of("race", "Class "), Set.of(),
        "Finance", null);

    ProposedPair pair = match(List.of(mentor), List.of(mentee)).pairs().get(0);

    assertThat(pair.score()).isEqualTo(2 * 1.0 + 2.0 + 0.5);
    assertThat(pair.rationale()).isEqualTo("shared topics: class, race; "
        + "mentee leads an area the mentor wants to work in (finance); compatible format");
  }

  @Test
  void differentPreferredFormatsEarnNothing() {
    MatchCandidate mentor = candidate("m1", 2, "ops", List.of(), Set.of(), Set.of(), null, MeetingFormat.ONLINE);
    MatchCandidate mentee = candidate("e1", 8, "hr", List.of(), Set.of(), Set.of(), null, MeetingFormat.IN_PERSON);

    ProposedPair pair = match(List.of(mentor), List.of(mentee)).pairs().get(0);

    assertThat(pair.score()).isZero();
    assertThat(pair.rationale()).isEqualTo("passes the hard rules; nothing in common beyond that");
  }

  @Test
  void takesTheBestScoringPairsFirstAndUsesEachPersonOnce() {
    MatchCandidate m1 = candidate("m1", 2, "ops", List.of(), Set.of("race"), Set.of(), null, null);
    MatchCandidate m2 = candidate("m2", 2, "it", List.of(), Set.of("race", "class"), Set.of(), null, null);
    MatchCandidate e1 = candidate("e1", 8, "hr", List.of(), Set.of("race", "class"), Set.of(), null, null);
    MatchCandidate e2 = candidate("e2", 8, "legal", List.of(), Set.of("race"), Set.of(), null, null);

    MatchResult result = match(List.of(m1, m2), List.of(e1, e2));

    assertThat(result.pairs())
        .extracting(pair -> pair.mentorParticipantId() + "+" + pair.menteeParticipantId())
        .containsExactly("p-m2+p-e1", "p-m1+p-e2");
    assertThat(result.unmatchedReasons()).isEmpty();
  }

  @Test
  void breaksTiesByParticipantIdWhateverTheInputOrder() {
    List<MatchCandidate> mentors = new ArrayList<>();
    List<MatchCandidate> mentees = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      mentors.add(mentor("m" + i, "ops", List.of()));
      mentees.add(mentee("e" + i, "hr", List.of()));
    }
    MatchResult first = match(mentors, mentees);

    Collections.reverse(mentors);
    Collections.shuffle(mentees, new Random(42));
    MatchResult second = match(mentors, mentees);

    assertThat(second.pairs()).isEqualTo(first.pairs());
    assertThat(first.pairs()).extracting(ProposedPair::mentorParticipantId, ProposedPair::menteeParticipantId)
        .containsExactly(
            tuple("p-m0", "p-e0"),
            tuple("p-m1", "p-e1"),
            tuple("p-m2", "p-e2"),
            tuple("p-m3", "p-e3"),
            tuple("p-m4", "p-e4"));
  }

  @Test
  void explainsWhenEveryFeasiblePartnerWasTaken() {
    MatchCandidate m1 = candidate("m1", 2, "ops", List.of(), Set.of("race"), Set.of(), null, null);
    MatchCandidate m2 = candidate("m2", 2, "it", List.of(), Set.of(), Set.of(), null, null);
    MatchCandidate e1 = candidate("e1", 8, "hr", List.of(), Set.of("race"), Set.of(), null, null);

    MatchResult result = match(List.of(m1, m2), List.of(e1));

    assertThat(result.pairs()).extracting(ProposedPair::mentorParticipantId).containsExactly("p-m1");
    assertThat(result.unmatchedReasons())
        .containsExactly(Map.entry("p-m2", "every feasible partner was matched to someone else"));
  }

  @Test
  void explainsEveryRuleThatRuledOutAllPartners() {
    MatchCandidate mentor = candidate("m1", 2, "ops", List.of(), Set.of(), Set.of(), null, null);
    MatchCandidate sameDepartment = candidate("e1", 8, "ops", List.of(), Set.of(), Set.of(), null, null);
    MatchCandidate tooClose = candidate("e2", 3, "hr", List.of(), Set.of(), Set.of(), null, null);
    MatchCandidate alsoTooClose = candidate("e3", 2, "it", List.of(), Set.of(), Set.of(), null, null);

    MatchResult result = matcher.match(List.of(mentor), List.of(sameDepartment, tooClose, alsoTooClose),
        new MatchRules(2, true), Set.of());

    assertThat(result.unmatchedReasons()).containsEntry("p-m1",
        "no candidate passes the hard rules: band gap below 2 (2), same department (1)");
  }

  @Test
  void explainsThatTheOtherSideIsEmpty() {
    MatchResult result = match(List.of(mentor("m1", "ops", List.of())), List.of());

    assertThat(result.pairs()).isEmpty();
    assertThat(result.unmatchedReasons()).containsEntry("p-m1", "no candidate passes the hard rules: there are no mentees");
  }

  private MatchResult match(List<MatchCandidate> mentors, List<MatchCandidate> mentees) {
    return matcher.match(mentors, mentees, GAP_TWO_ANY_DEPARTMENT, Set.of());
  }

  private static MatchCandidate mentor(String employeeId, String department, List<String> chain) {
    return candidate(employeeId, 2, department, chain, Set.of(), Set.of(), null, null);
  }

  private static MatchCandidate mentee(String employeeId, String department, List<String> chain) {
    return candidate(employeeId, 8, department, chain, Set.of(), Set.of(), null, null);
  }

  private static MatchCandidate candidate(String employeeId, int band, String department, List<String> chain,
      Set<String> topics, Set<String> interests, String leadsArea, MeetingFormat format) {
    return new MatchCandidate("p-" + employeeId, employeeId, band, department, chain, topics, interests, leadsArea,
        format);
  }
}
