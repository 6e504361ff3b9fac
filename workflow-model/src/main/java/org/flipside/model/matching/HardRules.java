package org.flipside.model.matching;

/**
 * Which hard rules a programme switches on, with their parameters. Nobody is paired with themselves, and pairs the
 * HR admin forbade are always excluded.
 *
 * @param separateLineManagementChains never pair people in one line-management chain, either direction, as far as
 *     {@code lineChainLevels} reaches
 * @param separateDepartments never pair people in the same team or department
 * @param enforceSeniorityGap require the mentee to sit at least {@code minimumBandGap} bands above the mentor, or,
 *     without {@code bandOrder}, the partners to sit at least that many bands apart either way
 * @param minimumBandGap the gap; 0 suits reciprocal programmes
 * @param excludeDeclaredConflicts honour the conflicts of interest that candidates declared, in either direction
 * @param honourMentorCapacity let a mentor take up to their capacity; when off every mentor takes one mentee
 * @param mentorsPerMentee how many mentors a mentee may have: 1, the usual one-to-one pairing, or more where a
 *     programme lets a senior leader hear from several colleagues
 * @param bandOrder whether the mentee must be the more senior partner, as in reverse mentoring; a reciprocal
 *     programme has no band order (its cascades pair senior staff as mentors with colleagues at lower bands)
 * @param lineChainLevels how many levels of managers above each person the line-chain rule covers;
 *     {@link #WHOLE_CHAIN} for all of them, up to the top of the organisation
 * @param matchTopOfOrganisation whether the top of the organisation (the manager at the end of every chain, such
 *     as a managing director whom everyone reports to) may be matched with anyone but their direct reports
 */
public record HardRules(boolean separateLineManagementChains, boolean separateDepartments,
    boolean enforceSeniorityGap, int minimumBandGap, boolean excludeDeclaredConflicts,
    boolean honourMentorCapacity, int mentorsPerMentee, boolean bandOrder, int lineChainLevels,
    boolean matchTopOfOrganisation) {

  /** The most mentors a programme may give one mentee. */
  public static final int MAXIMUM_MENTORS_PER_MENTEE = 5;
  /** {@code lineChainLevels} for a line-chain rule that reaches the top of the organisation. */
  public static final int WHOLE_CHAIN = 0;
  /** The most levels a limited line-chain rule may name. */
  public static final int MAXIMUM_LINE_CHAIN_LEVELS = 20;

  public HardRules {
    requireValidMentorsPerMentee(mentorsPerMentee);
    requireValidLineChainLevels(lineChainLevels);
  }

  /** The given rules with band order and a line-chain rule that reaches the top of the organisation. */
  public HardRules(boolean separateLineManagementChains, boolean separateDepartments,
      boolean enforceSeniorityGap, int minimumBandGap, boolean excludeDeclaredConflicts,
      boolean honourMentorCapacity, int mentorsPerMentee) {
    this(separateLineManagementChains, separateDepartments, enforceSeniorityGap, minimumBandGap,
        excludeDeclaredConflicts, honourMentorCapacity, mentorsPerMentee, true, WHOLE_CHAIN, false);
  }

  /**
   * Checks how far the line-chain rule reaches.
   *
   * @throws IllegalArgumentException naming the parameter when it is negative or above the maximum
   */
  public static void requireValidLineChainLevels(int lineChainLevels) {
    if (lineChainLevels < WHOLE_CHAIN || lineChainLevels > MAXIMUM_LINE_CHAIN_LEVELS) {
      throw new IllegalArgumentException("lineChainLevels must be between " + WHOLE_CHAIN + " (the whole chain) and "
          + MAXIMUM_LINE_CHAIN_LEVELS + ", was " + lineChainLevels);
    }
  }

  /** These rules without band order, as a reciprocal programme matches. */
  public HardRules withoutBandOrder() {
    return new HardRules(separateLineManagementChains, separateDepartments, enforceSeniorityGap, minimumBandGap,
        excludeDeclaredConflicts, honourMentorCapacity, mentorsPerMentee, false, lineChainLevels,
        matchTopOfOrganisation);
  }

  /** These rules with the line-chain rule reaching {@code levels} up and, if asked, the top matchable. */
  public HardRules withLineChain(int levels, boolean topMatchable) {
    return new HardRules(separateLineManagementChains, separateDepartments, enforceSeniorityGap, minimumBandGap,
        excludeDeclaredConflicts, honourMentorCapacity, mentorsPerMentee, bandOrder, levels, topMatchable);
  }

  /** How many bands apart a pair is, in the direction the seniority rule measures. */
  int bandGap(int mentorBand, int menteeBand) {
    return bandOrder ? menteeBand - mentorBand : Math.abs(menteeBand - mentorBand);
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
