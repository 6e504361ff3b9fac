package org.flipside.internal.delegate.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flipside.model.matching.FairnessCheck;
import org.flipside.model.matching.FairnessSummary;
import org.flipside.model.matching.GroupOutcome;
import org.flipside.model.matching.Side;
import org.junit.jupiter.api.Test;

class FairnessTextTest {

  private static final Pattern LINE = Pattern.compile("^[^,]+, ([^:]+): (\\d+) of (\\d+) matched", Pattern.MULTILINE);

  @Test
  void showsEachGroupsMatchRateInTheProgrammesWordsWhenNoCountPointsAtAnyone() {
    FairnessSummary fairness = new FairnessSummary(5, List.of(
        new GroupOutcome(Side.MENTOR, "Black British", 12, 6, 0.5, 3.25),
        new GroupOutcome(Side.MENTOR, FairnessCheck.OTHER_GROUPS, 11, 6, 6 / 11.0, 2.5),
        new GroupOutcome(Side.MENTOR, FairnessCheck.EVERYONE, 23, 12, 12 / 23.0, 2.9)));

    assertThat(FairnessText.of(fairness, true, "reverse mentor", "reverse mentee")).isEqualTo(
        "Reverse mentors, Black British: 6 of 12 matched (50%)\n"
            + "Reverse mentors, other groups: 6 of 11 matched (55%)\n"
            + "Reverse mentors, everyone: 12 of 23 matched (52%)")
        .as("the admin sees each pair's score: a group's average would pick out its pairs")
        .doesNotContain("average");
  }

  @Test
  void saysSoWhenNoGroupIsLargeEnoughToShow() {
    assertThat(FairnessText.of(new FairnessSummary(5, List.of()), true, "mentor", "mentee"))
        .isEqualTo("No group is large enough to show (fewer than 5 people).");
  }

  /**
   * The attack of the issue: ten mentors, five of each ethnicity, all matched. For each target the admin keeps every
   * other pair, rules out the target's, and proposes again: the target is named as unmatched, and a group line
   * reading "4 of 5 matched" would give their ethnicity.
   */
  @Test
  void theReProposalAttackLearnsNobodysGroup() {
    List<String> groupOf = List.of("A", "B", "A", "B", "A", "B", "A", "B", "A", "B");
    int recovered = 0;
    Set<String> texts = new HashSet<>();
    for (int target = 0; target < groupOf.size(); target++) {
      String text = FairnessText.of(withUnmatched(groupOf, target), false, "mentor", "mentee");
      texts.add(text);
      if (groupOf.get(target).equals(groupOfTheUnmatched(text))) {
        recovered++;
      }
    }

    assertThat(recovered).as("ethnicities recovered").isZero();
    assertThat(texts).as("the same text whoever was ruled out").hasSize(1);
  }

  @Test
  void aFirstProposalWithOnePersonUnmatchedDoesNotSayTheirGroup() {
    List<String> groupOf = List.of("A", "B", "A", "B", "A", "B", "A", "B", "A", "B");
    Set<String> texts = new HashSet<>();
    for (int target = 0; target < groupOf.size(); target++) {
      String text = FairnessText.of(withUnmatched(groupOf, target), true, "mentor", "mentee");
      texts.add(text);
      assertThat(groupOfTheUnmatched(text)).as("the unmatched mentor's group").isNull();
    }
    assertThat(texts).hasSize(1);
  }

  /**
   * Counts large enough to name no one read alone still name two people read against the proposal before: twelve
   * mentors of each group, six of each matched; the admin rules out one pair and the next proposal takes in another
   * mentor. "Group A, 5 of 12 matched" then gives the group of the mentor who left and "group B, 7 of 12" of the one
   * who came in, though every count leaves at least the threshold inside and outside the group.
   */
  @Test
  void aReProposalShowsNoGroupEvenWhenItsCountsAloneNameNoOne() {
    FairnessSummary reProposal = new FairnessSummary(5, List.of(
        new GroupOutcome(Side.MENTOR, "A", 12, 5, 5 / 12.0, 3.0),
        new GroupOutcome(Side.MENTOR, "B", 12, 7, 7 / 12.0, 3.0),
        new GroupOutcome(Side.MENTOR, FairnessCheck.EVERYONE, 24, 12, 0.5, 3.0)));
    assertThat(FairnessText.namesNoOne(reProposal)).as("each count alone names no one").isTrue();

    String text = FairnessText.of(reProposal, false, "mentor", "mentee");

    assertThat(LINE.matcher(text).find()).as("a group's count in " + text).isFalse();
  }

  /** The matcher's summary when everyone but the target is matched. */
  private static FairnessSummary withUnmatched(List<String> groupOf, int target) {
    List<GroupOutcome> lines = new ArrayList<>();
    for (String group : List.of("A", "B")) {
      int members = (int) groupOf.stream().filter(group::equals).count();
      int matched = members - (groupOf.get(target).equals(group) ? 1 : 0);
      lines.add(new GroupOutcome(Side.MENTOR, group, members, matched, matched / (double) members, 3.0));
    }
    lines.add(new GroupOutcome(Side.MENTOR, FairnessCheck.EVERYONE, groupOf.size(), groupOf.size() - 1, 0.9, 3.0));
    return new FairnessSummary(5, lines);
  }

  /** What the admin reads off the lines: the one group with someone unmatched, or null. */
  private static String groupOfTheUnmatched(String text) {
    Matcher line = LINE.matcher(text);
    String found = null;
    while (line.find()) {
      if (!line.group(1).equals(FairnessCheck.EVERYONE) && !line.group(2).equals(line.group(3))) {
        found = line.group(1);
      }
    }
    return found;
  }
}
