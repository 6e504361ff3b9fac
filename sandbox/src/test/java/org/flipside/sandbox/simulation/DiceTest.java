package org.flipside.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiceTest {

  @Test
  void theSameSeedAndKeyGiveTheSameDraws() {
    assertThat(draws(new Dice(42), "apply", 1, "emp-0007")).isEqualTo(draws(new Dice(42), "apply", 1, "emp-0007"));
  }

  @Test
  void aDecisionDoesNotDependOnWhichDecisionsCameBefore() {
    Dice dice = new Dice(42);
    List<Integer> alone = draws(dice, "survey", "emp-0001");
    draws(dice, "apply", "emp-0002");

    assertThat(draws(dice, "survey", "emp-0001")).isEqualTo(alone);
  }

  @Test
  void otherSeedsAndKeysGiveOtherDraws() {
    assertThat(draws(new Dice(42), "apply", "emp-0001")).isNotEqualTo(draws(new Dice(43), "apply", "emp-0001"));
    assertThat(draws(new Dice(42), "apply", "emp-0001")).isNotEqualTo(draws(new Dice(42), "apply", "emp-0002"));
    assertThat(draws(new Dice(42), "ab", "c")).isNotEqualTo(draws(new Dice(42), "a", "bc"));
  }

  @Test
  void chancesComeOutAboutAsOftenAsAsked() {
    Dice dice = new Dice(7);
    long hits = IntStream.range(0, 10_000).filter(i -> dice.chance(0.3, "trial", i)).count();

    assertThat(hits).isBetween(2_800L, 3_200L);
  }

  private static List<Integer> draws(Dice dice, Object... key) {
    java.util.Random random = dice.random(key);
    return IntStream.range(0, 5).mapToObj(i -> random.nextInt(1000)).toList();
  }
}
