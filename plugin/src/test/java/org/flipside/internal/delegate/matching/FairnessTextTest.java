package org.flipside.internal.delegate.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flipside.model.matching.FairnessSummary;
import org.flipside.model.matching.GroupOutcome;
import org.flipside.model.matching.Side;
import org.junit.jupiter.api.Test;

class FairnessTextTest {

  @Test
  void showsEachGroupsMatchRateAndAverageScoreInTheProgrammesWords() {
    FairnessSummary fairness = new FairnessSummary(5, List.of(
        new GroupOutcome(Side.MENTOR, "Black British", 6, 5, 5 / 6.0, 3.25),
        new GroupOutcome(Side.MENTEE, "other groups", 7, 7, 1.0, null)));

    assertThat(FairnessText.of(fairness, "reverse mentor", "reverse mentee")).isEqualTo(
        "Reverse mentors, Black British: 5 of 6 matched (83%), average score 3.3\n"
            + "Reverse mentees, other groups: 7 of 7 matched (100%)");
  }

  @Test
  void saysSoWhenNoGroupIsLargeEnoughToShow() {
    assertThat(FairnessText.of(new FairnessSummary(5, List.of()), "mentor", "mentee"))
        .isEqualTo("No group is large enough to show (fewer than 5 people).");
  }
}
