package org.flipside.sandbox.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QuotasTest {

  @Test
  void partsAlwaysAddUpToTheWhole() {
    int[] parts = Quotas.split(391, WorkforceShape.HEADCOUNT_BELOW_VSM);

    assertThat(Arrays.stream(parts).sum()).isEqualTo(391);
  }

  @Test
  void theLargestRemaindersGetTheLeftoverPeople() {
    assertThat(Quotas.split(10, new double[] {0.34, 0.33, 0.33})).containsExactly(4, 3, 3);
    assertThat(Quotas.split(7, new double[] {1, 1})).containsExactly(4, 3);
  }
}
