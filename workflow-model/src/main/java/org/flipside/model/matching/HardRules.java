package org.flipside.model.matching;

/**
 * Which hard rules a programme switches on, with their parameters. Nobody is paired with themselves, and pairs the
 * HR admin forbade are always excluded.
 *
 * @param separateLineManagementChains never pair people in one line-management chain, either direction, any distance
 * @param separateDepartments never pair people in the same team or department
 * @param enforceSeniorityGap require the mentee to sit at least {@code minimumBandGap} bands above the mentor
 * @param minimumBandGap the gap; 0 suits reciprocal programmes
 * @param excludeDeclaredConflicts honour the conflicts of interest that candidates declared, in either direction
 * @param honourMentorCapacity let a mentor take up to their capacity; when off every mentor takes one mentee
 * @param mentorsPerMentee how many mentors a mentee may have: 1, the usual one-to-one pairing, or more where a
 *     programme lets a senior leader hear from several colleagues
 */
public record HardRules(boolean separateLineManagementChains, boolean separateDepartments,
    boolean enforceSeniorityGap, int minimumBandGap, boolean excludeDeclaredConflicts,
    boolean honourMentorCapacity, int mentorsPerMentee) {

  /** The most mentors a programme may give one mentee. */
  public static final int MAXIMUM_MENTORS_PER_MENTEE = 5;

  public HardRules {
    requireValidMentorsPerMentee(mentorsPerMentee);
  }

  /**
   * Checks how many mentors a mentee may have.
   *
   * @throws IllegalArgumentException naming the parameter when it is below 1 or above the maximum
   */
  public static void requireValidMentorsPerMentee(int mentorsPerMentee) {
    if (mentorsPerMentee < 1 || mentorsPerMentee > MAXIMUM_MENTORS_PER_MENTEE) {
      throw new IllegalArgumentException("mentorsPerMentee must be between 1 and " + MAXIMUM_MENTORS_PER_MENTEE
          + ", was " + mentorsPerMentee);
    }
  }

  /** The given rules with one mentor per mentee. */
  public HardRules(boolean separateLineManagementChains, boolean separateDepartments,
      boolean enforceSeniorityGap, int minimumBandGap, boolean excludeDeclaredConflicts,
      boolean honourMentorCapacity) {
    this(separateLineManagementChains, separateDepartments, enforceSeniorityGap, minimumBandGap,
        excludeDeclaredConflicts, honourMentorCapacity, 1);
  }

  /** Every rule on, with the given band gap. */
  public static HardRules allOn(int minimumBandGap) {
    return new HardRules(true, true, true, minimumBandGap, true, true);
  }
}
