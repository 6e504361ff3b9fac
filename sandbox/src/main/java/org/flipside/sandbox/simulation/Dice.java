package org.flipside.sandbox.simulation;

import java.util.List;
import java.util.Random;

/**
 * Deterministic chance for the simulated people. Each decision draws from its own generator, seeded
 * from the run's seed and the decision's key (such as "apply", cohort, employee), so a decision
 * never depends on the order in which other decisions happened to be made.
 */
public final class Dice {

  private final long seed;

  /** Dice for a run with the given seed. */
  public Dice(long seed) {
    this.seed = seed;
  }

  /** A generator for one decision; the same key always gives the same sequence. */
  public Random random(Object... key) {
    long hash = mix(seed);
    for (Object part : key) {
      String text = String.valueOf(part);
      for (int i = 0; i < text.length(); i++) {
        hash = mix(hash + text.charAt(i));
      }
      hash = mix(hash ^ 0x9E3779B97F4A7C15L);
    }
    return new Random(hash);
  }

  /** Whether something with the given probability happens, for this key. */
  public boolean chance(double probability, Object... key) {
    return random(key).nextDouble() < probability;
  }

  /** One of the options, for this key. */
  public <T> T pick(List<T> options, Object... key) {
    return options.get(random(key).nextInt(options.size()));
  }

  /** The SplitMix64 finaliser: spreads every bit of the input over the output. */
  private static long mix(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
