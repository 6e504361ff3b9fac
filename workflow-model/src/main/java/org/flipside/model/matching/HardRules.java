package org.flipside.model.matching;

/**
 * Which hard rules a programme switches on, with their parameters. Two rules are always on: nobody is paired with
 * themselves, and a mentee has one mentor. Pairs the HR admin forbade are always excluded too.
 *
 * @param separateLineManagementChains never pair people in one line-management chain, either direction, any distance
 * @param separateDepartments never pair people in the same team or department
 * @param enforceSeniorityGap require the mentee to sit at least {@code minimumBandGap} bands above the mentor
 * @param minimumBandGap the gap; 0 suits reciprocal programmes
 * @param excludeDeclaredConflicts honour the conflicts of interest that candidates declared, in either direction
 * @param honourMentorCapacity let a mentor take up to their capacity; when off every mentor takes one mentee
 */
public record HardRules(boolean separateLineManagementChains, boolean separateDepartments,
    boolean enforceSeniorityGap, int minimumBandGap, boolean excludeDeclaredConflicts,
    boolean honourMentorCapacity) {

  /** Every rule on, with the given band gap. */
  public static HardRules allOn(int minimumBandGap) {
    return new HardRules(true, true, true, minimumBandGap, true, true);
  }
}
