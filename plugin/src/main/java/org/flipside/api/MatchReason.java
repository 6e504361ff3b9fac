package org.flipside.api;

/**
 * What one soft rule added to a pair's score.
 *
 * @param rule the rule's stable name, such as {@code leads-wanted-area} or {@code shared-topics}
 * @param points what it added, with the programme's weight applied
 * @param detail what the pair has in common under the rule, such as the shared topics; may be empty
 * @since 1.0
 */
public record MatchReason(String rule, double points, String detail) {
}
