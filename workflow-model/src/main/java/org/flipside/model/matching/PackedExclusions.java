package org.flipside.model.matching;

import java.util.Arrays;

/** A growing list of (mentor, mentee, breached rule) triples, each packed into one long so it sorts by pair. */
final class PackedExclusions {

  private static final int INDEX_BITS = 28;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
  private static final int RULE_BITS = 8;

  private long[] packed = new long[64];
  private int size;

  void add(int mentor, int mentee, HardRule rule) {
    if (size == packed.length) {
      packed = Arrays.copyOf(packed, size * 2);
    }
    packed[size++] = ((long) mentor << (INDEX_BITS + RULE_BITS)) | ((long) mentee << RULE_BITS) | rule.bit();
  }

  /**
   * Fills, per mentor, the excluded mentees in ascending order and each one's mask of breached rules; a mentor
   * with none gets empty arrays.
   */
  void groupByMentor(int[][] menteesOfMentor, int[][] breachesOfMentor) {
    long[] sorted = Arrays.copyOf(packed, size);
    Arrays.sort(sorted);
    int[] distinctPerMentor = new int[menteesOfMentor.length];
    long previousPair = -1;
    for (long entry : sorted) {
      long pair = entry >>> RULE_BITS;
      if (pair != previousPair) {
        distinctPerMentor[mentor(entry)]++;
        previousPair = pair;
      }
    }
    for (int mentor = 0; mentor < menteesOfMentor.length; mentor++) {
      menteesOfMentor[mentor] = new int[distinctPerMentor[mentor]];
      breachesOfMentor[mentor] = new int[distinctPerMentor[mentor]];
    }
    int[] filled = new int[menteesOfMentor.length];
    previousPair = -1;
    for (long entry : sorted) {
      int mentor = mentor(entry);
      long pair = entry >>> RULE_BITS;
      if (pair != previousPair) {
        menteesOfMentor[mentor][filled[mentor]++] = (int) (pair & INDEX_MASK);
        previousPair = pair;
      }
      breachesOfMentor[mentor][filled[mentor] - 1] |= (int) (entry & ((1 << RULE_BITS) - 1));
    }
  }

  private static int mentor(long entry) {
    return (int) (entry >>> (INDEX_BITS + RULE_BITS));
  }
}
