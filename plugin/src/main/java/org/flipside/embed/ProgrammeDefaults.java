package org.flipside.embed;

import org.flipside.model.Programme;

/**
 * What a new programme starts with, in the host's settings. A programme keeps the values it started with: a change
 * here, which a running Flipside takes at once, concerns the programmes created after it.
 *
 * @param retentionMonths how many months a closed programme keeps its personal data before retention erases it, from
 *     1 to {@value #LONGEST_RETENTION} (the range the scoping form allows); the programme manager may change a
 *     programme's own on the scoping form
 * @param anonymityThreshold the smallest group of people whose figures, comments and counts a programme shows; at
 *     least {@value #SMALLEST_THRESHOLD}, since a pair is two people and a figure on two would show each partner the
 *     other's answers
 * @since 1.1
 */
public record ProgrammeDefaults(int retentionMonths, int anonymityThreshold) {

  /** The longest retention a programme may have, in months. */
  public static final int LONGEST_RETENTION = 120;

  /** The smallest anonymity threshold that keeps a pair's answers from each other. */
  public static final int SMALLEST_THRESHOLD = 3;

  /** Flipside's own defaults: personal data kept 12 months after a programme closes, groups shown from 5 people. */
  public static final ProgrammeDefaults DEFAULTS =
      new ProgrammeDefaults(Programme.DEFAULT_RETENTION_MONTHS, Programme.DEFAULT_ANONYMITY_THRESHOLD);

  /**
   * Checks both values, naming the one that is wrong.
   *
   * @throws IllegalArgumentException when a value is out of its range
   */
  public ProgrammeDefaults {
    if (retentionMonths < 1 || retentionMonths > LONGEST_RETENTION) {
      throw new IllegalArgumentException("retentionMonths must be from 1 to " + LONGEST_RETENTION + ", not "
          + retentionMonths);
    }
    if (anonymityThreshold < SMALLEST_THRESHOLD) {
      throw new IllegalArgumentException("anonymityThreshold must be at least " + SMALLEST_THRESHOLD
          + " (a pair is two people, so a figure on two would show each partner the other's answers), not "
          + anonymityThreshold);
    }
  }
}
