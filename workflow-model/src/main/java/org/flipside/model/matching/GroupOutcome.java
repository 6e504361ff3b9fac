package org.flipside.model.matching;

/**
 * Aggregate outcome of one group on one side.
 *
 * @param group the focus group, {@link FairnessCheck#NOT_DISCLOSED}, {@link FairnessCheck#OTHER_GROUPS} for small
 *     groups counted together, or {@link FairnessCheck#EVERYONE} for the side's total
 * @param participants how many people are in the group (never fewer than the anonymity threshold)
 * @param matched how many of them have at least one partner
 * @param matchRate matched / participants
 * @param averageScore the mean score of the pairs the group's members are in; null when none is matched
 */
public record GroupOutcome(Side side, String group, int participants, int matched, double matchRate,
    Double averageScore) {
}
