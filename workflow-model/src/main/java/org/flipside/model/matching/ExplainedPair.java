package org.flipside.model.matching;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A proposed pair with its score and the soft rules that made it.
 *
 * @param score the sum of the contributions, to a thousandth
 * @param contributions each soft rule that added something, in rule order
 * @param locked whether the HR admin locked this pair
 */
public record ExplainedPair(String mentorParticipantId, String menteeParticipantId, double score,
    List<RuleContribution> contributions, boolean locked) {

  public ExplainedPair {
    contributions = List.copyOf(contributions);
  }

  public PairKey key() {
    return new PairKey(mentorParticipantId, menteeParticipantId);
  }

  /** One line for the admin, such as "shared-topics +2 (class, race); compatible-format +0.5". */
  public String rationale() {
    String rules = contributions.stream()
        .map(contribution -> contribution.ruleName() + " +" + points(contribution.points())
            + (contribution.detail().isEmpty() ? "" : " (" + contribution.detail() + ")"))
        .collect(Collectors.joining("; "));
    String because = rules.isEmpty() ? "passes the hard rules; nothing in common beyond that" : rules;
    return locked ? "locked by the HR admin; " + because : because;
  }

  private static String points(double points) {
    return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
  }
}
