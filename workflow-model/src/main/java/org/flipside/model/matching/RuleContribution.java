package org.flipside.model.matching;

/**
 * What one soft rule added to a pair's score.
 *
 * @param ruleName the soft rule's stable name
 * @param points what it added
 * @param detail what the pair has in common, for example the shared topics
 */
public record RuleContribution(String ruleName, double points, String detail) {
}
