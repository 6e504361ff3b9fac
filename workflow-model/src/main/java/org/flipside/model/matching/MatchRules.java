package org.flipside.model.matching;

/**
 * The programme's configurable hard rules.
 *
 * @param minimumBandGap how many bands the mentee must sit above the mentor
 * @param excludeSameDepartment whether a pair may not share a department
 */
public record MatchRules(int minimumBandGap, boolean excludeSameDepartment) {
}
