package org.flipside.sandbox.simulation;

import java.util.Random;

/**
 * How reliably a simulated pair meets: most pairs are steady and rarely miss a period, some are
 * stretched and miss one in three, and a few agree to end early after a couple of sessions.
 *
 * @param missChance the chance the pair lets a period pass without a session
 * @param endsEarlyInPeriod the period in which the pair agrees to end, or 0 when they see it through
 */
record PairHabits(double missChance, int endsEarlyInPeriod) {

  private static final double STEADY = 0.8;
  private static final double STEADY_MISS_CHANCE = 0.07;
  private static final double STRETCHED_MISS_CHANCE = 0.35;
  private static final double ENDS_EARLY = 0.12;

  static PairHabits draw(Random random) {
    double missChance = random.nextDouble() < STEADY ? STEADY_MISS_CHANCE : STRETCHED_MISS_CHANCE;
    int endsEarlyIn = random.nextDouble() < ENDS_EARLY ? 2 + random.nextInt(3) : 0;
    return new PairHabits(missChance, endsEarlyIn);
  }
}
