package org.flipside.model.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.model.matching.CandidateBuilder.mentee;
import static org.flipside.model.matching.CandidateBuilder.mentor;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each hard rule excludes what it should, only when switched on, and says so when someone is left out. */
class HardRulesTest {

  private static final HardRules ALL_ON = HardRules.allOn(2);
  private static final HardRules ALL_OFF = new HardRules(false, false, false, 0, false, false);

  private final OptimalMatcher matcher = new OptimalMatcher();

  @Test
  void neverPairsAMentorWithTheirSkipLevelManager() {
    MatchCandidate mentor = mentor("m1").managers("lead-1", "director-1", "ceo").build();
    MatchCandidate skipLevel = mentee("director-1").managers("ceo").build();

    assertThat(pairs(List.of(mentor), List.of(skipLevel), ALL_ON)).isEmpty();
    assertThat(only(match(List.of(mentor), List.of(skipLevel), ALL_ON).unmatched(), "p-m1").exclusionsByRule())
        .containsExactly(Map.entry("line-management-chain", 1));
    assertThat(pairs(List.of(mentor), List.of(skipLevel), withChains(false))).containsExactly("p-m1+p-director-1");
  }

  @Test
  void neverPairsAMentorWhoManagesTheMenteeFurtherUpTheChain() {
    MatchCandidate manager = mentor("m1").managers("ceo").build();
    MatchCandidate report = mentee("e1").managers("x1", "m1", "ceo").build();

    assertThat(pairs(List.of(manager), List.of(report), ALL_ON)).isEmpty();
  }

  @Test
  void pairsPeopleWhoseChainsOnlyMeetHigherUp() {
    MatchCandidate mentor = mentor("m1").managers("lead-1", "ceo").build();
    MatchCandidate otherBranch = mentee("e1").managers("lead-2", "ceo").build();

    assertThat(pairs(List.of(mentor), List.of(otherBranch), ALL_ON)).containsExactly("p-m1+p-e1");
  }

  @Test
  void separatesTheSameDepartmentWhateverTheCaseOnlyWhenSwitchedOn() {
    MatchCandidate mentor = mentor("m1").department("Finance").build();
    MatchCandidate mentee = mentee("e1").department(" finance").build();
    HardRules departmentsAllowed = new HardRules(true, false, true, 2, true, true);

    assertThat(pairs(List.of(mentor), List.of(mentee), ALL_ON)).isEmpty();
    assertThat(pairs(List.of(mentor), List.of(mentee), departmentsAllowed)).hasSize(1);
  }

  @Test
  void aMenteeHasOneMentorUnlessTheProgrammeAllowsMore() {
    List<MatchCandidate> mentors = List.of(mentor("m1").topics("race").build(), mentor("m2").topics("class").build(),
        mentor("m3").build());
    List<MatchCandidate> mentees = List.of(mentee("e1").topics("race", "class").build());
    HardRules twoMentors = new HardRules(true, true, true, 2, true, true, 2);

    assertThat(pairs(mentors, mentees, ALL_ON)).hasSize(1);
    assertThat(pairs(mentors, mentees, twoMentors))
        .as("the two mentors who share a topic; the third is left out")
        .containsExactlyInAnyOrder("p-m1+p-e1", "p-m2+p-e1");
    assertThat(only(match(mentors, mentees, twoMentors).unmatched(), "p-m3").reason())
        .isEqualTo(UnmatchedReason.FEASIBLE_PARTNERS_TAKEN);
  }

  @Test
  void aSecondMentorNeverTakesAMenteeFromSomeoneWhoWouldHaveNone() {
    List<MatchCandidate> mentors = List.of(mentor("m1").topics("race").build(), mentor("m2").topics("race").build());
    List<MatchCandidate> mentees = List.of(mentee("e1").topics("race").build(), mentee("e2").build());
    HardRules twoMentors = new HardRules(true, true, true, 2, true, true, 2);

    assertThat(match(mentors, mentees, twoMentors).peopleMatched()).as("everyone matched beats a better score")
        .isEqualTo(4);
  }

  @Test
  void refusesAnImpossibleNumberOfMentorsPerMentee() {
    assertThatThrownBy(() -> new HardRules(true, true, true, 2, true, true, 0))
        .hasMessageContaining("mentorsPerMentee");
  }

  @Test
  void requiresTheMinimumSeniorityGapWhichMayBeZero() {
    MatchCandidate mentor = mentor("m1").band(5).build();
    MatchCandidate sameBand = mentee("e1").band(5).build();
    MatchCandidate oneBelow = mentee("e2").band(4).build();
    HardRules reciprocal = new HardRules(true, true, true, 0, true, true);
    HardRules noGapRule = new HardRules(true, true, false, 3, true, true);

    assertThat(pairs(List.of(mentor), List.of(sameBand), ALL_ON)).isEmpty();
    assertThat(pairs(List.of(mentor), List.of(sameBand), reciprocal)).hasSize(1);
    assertThat(pairs(List.of(mentor), List.of(oneBelow), reciprocal)).isEmpty();
    assertThat(pairs(List.of(mentor), List.of(oneBelow), noGapRule)).hasSize(1);
  }

  @Test
  void excludesConflictsDeclaredOnEitherSide() {
    MatchCandidate declaringMentor = mentor("m1").conflictsWith("e1").build();
    MatchCandidate mentee = mentee("e1").build();
    MatchCandidate mentor = mentor("m2").build();
    MatchCandidate declaringMentee = mentee("e2").conflictsWith("m2").build();
    HardRules conflictsIgnored = new HardRules(true, true, true, 2, false, true);

    assertThat(pairs(List.of(declaringMentor), List.of(mentee), ALL_ON)).isEmpty();
    assertThat(pairs(List.of(mentor), List.of(declaringMentee), ALL_ON)).isEmpty();
    assertThat(pairs(List.of(declaringMentor), List.of(mentee), conflictsIgnored)).hasSize(1);
  }

  @Test
  void neverPairsSomeoneWithThemselvesEvenWithEveryRuleOff() {
    MatchCandidate asMentor = new MatchCandidate("p-a-mentor", "a", 2, "x", List.of(), Set.of(), Set.of(), null, null);
    MatchCandidate asMentee = new MatchCandidate("p-a-mentee", "a", 8, "y", List.of(), Set.of(), Set.of(), null, null);

    assertThat(pairs(List.of(asMentor), List.of(asMentee), ALL_OFF)).isEmpty();
  }

  @Test
  void givesEachMenteeOneMentor() {
    MatchCandidate m1 = mentor("m1").topics("race").build();
    MatchCandidate m2 = mentor("m2").topics("race").build();
    MatchCandidate e1 = mentee("e1").topics("race").build();

    MatchProposal proposal = match(List.of(m1, m2), List.of(e1), ALL_ON);

    assertThat(proposal.pairs()).hasSize(1);
    assertThat(only(proposal.unmatched(), proposal.pairs().get(0).mentorParticipantId().equals("p-m1")
        ? "p-m2" : "p-m1").reason()).isEqualTo(UnmatchedReason.FEASIBLE_PARTNERS_TAKEN);
  }

  @Test
  void fillsAMentorUpToTheirCapacityOnlyWhenCapacityIsHonoured() {
    MatchCandidate mentor = mentor("m1").capacity(2).build();
    List<MatchCandidate> mentees = List.of(mentee("e1").build(), mentee("e2").build(), mentee("e3").build());
    HardRules oneEach = new HardRules(true, true, true, 2, true, false);

    assertThat(pairs(List.of(mentor), mentees, ALL_ON)).hasSize(2);
    assertThat(pairs(List.of(mentor), mentees, oneEach)).hasSize(1);
  }

  @Test
  void matchesMorePeopleBeforeScoringHigher() {
    MatchCandidate a = mentor("a").topics("t1", "t2", "t3").build();
    MatchCandidate b = mentor("b").build();
    MatchCandidate x = mentee("x").topics("t1", "t2", "t3").build();
    MatchCandidate y = mentee("y").build();
    MatchCandidate onlyForA = mentee("z").managers("b").build();

    // a+x scores 3 but leaves b or z out; a+z and b+x match everyone
    assertThat(pairs(List.of(a, b), List.of(x, onlyForA), ALL_ON)).containsExactlyInAnyOrder("p-a+p-z", "p-b+p-x");
    assertThat(pairs(List.of(a, b), List.of(x, y), ALL_ON)).containsExactlyInAnyOrder("p-a+p-x", "p-b+p-y");
  }

  @Test
  void spreadsMenteesOverMentorsBeforeFillingCapacity() {
    MatchCandidate roomy = mentor("a").capacity(2).topics("t1", "t2").build();
    MatchCandidate other = mentor("b").build();
    List<MatchCandidate> mentees = List.of(mentee("x").topics("t1", "t2").build(),
        mentee("y").topics("t1", "t2").build());

    // a+x, a+y scores 4 and matches 3 people; a+x, b+y scores 2 and matches all 4
    assertThat(pairs(List.of(roomy, other), mentees, ALL_ON)).hasSize(2).anyMatch(pair -> pair.startsWith("p-b+"));
  }

  private MatchProposal match(List<MatchCandidate> mentors, List<MatchCandidate> mentees, HardRules hard) {
    return matcher.match(MatchingRequest.of(mentors, mentees, MatchingRules.withDefaultWeights(hard), 5));
  }

  private List<String> pairs(List<MatchCandidate> mentors, List<MatchCandidate> mentees, HardRules hard) {
    return match(mentors, mentees, hard).pairs().stream()
        .map(pair -> pair.mentorParticipantId() + "+" + pair.menteeParticipantId()).toList();
  }

  private static HardRules withChains(boolean on) {
    return new HardRules(on, true, true, 2, true, true);
  }

  static UnmatchedParticipant only(List<UnmatchedParticipant> unmatched, String participantId) {
    return unmatched.stream().filter(person -> person.participantId().equals(participantId)).findFirst()
        .orElseThrow(() -> new AssertionError(participantId + " is not unmatched: " + unmatched));
  }
}
