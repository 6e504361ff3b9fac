package org.flipside.sandbox.organisation;

/**
 * Splits a whole number into parts proportional to given shares, by the largest remainder, so the
 * parts always add up to the whole and the proportions hold as closely as whole people allow.
 */
final class Quotas {

  private Quotas() {}

  /**
   * Splits {@code total} by {@code shares}.
   *
   * @param total the number to split
   * @param shares the relative size of each part (need not add up to one)
   * @return the parts, in the order of the shares
   */
  static int[] split(int total, double[] shares) {
    double sum = 0;
    for (double share : shares) {
      sum += share;
    }
    int[] parts = new int[shares.length];
    double[] remainders = new double[shares.length];
    int assigned = 0;
    for (int i = 0; i < shares.length; i++) {
      double exact = total * shares[i] / sum;
      parts[i] = (int) Math.floor(exact);
      remainders[i] = exact - parts[i];
      assigned += parts[i];
    }
    for (int left = total - assigned; left > 0; left--) {
      int largest = 0;
      for (int i = 1; i < remainders.length; i++) {
        if (remainders[i] > remainders[largest]) {
          largest = i;
        }
      }
      parts[largest]++;
      remainders[largest] = -1;
    }
    return parts;
  }

  /** The number of people out of {@code count} that a share makes, rounded to the nearest person. */
  static int of(int count, double share) {
    return (int) Math.round(count * share);
  }
}
