package org.flipside.model.matching;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A proposed pair with its score and the soft rules that made it.
 *
 * @param score the sum of the contributions, to a thousandth
 * @param contributions each soft rule that added something, in rule order
 * @param exceptions each hard rule the pair passes only by an exception, in rule order
 * @param locked whether the HR admin locked this pair
 */
public record ExplainedPair(String mentorParticipantId, String menteeParticipantId, double score,
    List<RuleContribution> contributions, List<RuleException> exceptions, boolean locked) {

  public ExplainedPair {
    contributions = List.copyOf(contributions);
    exceptions = List.copyOf(exceptions);
  }

  /** A pair that passes every hard rule without exception. */
  public ExplainedPair(String mentorParticipantId, String menteeParticipantId, double score,
      List<RuleContribution> contributions, boolean locked) {
    this(mentorParticipantId, menteeParticipantId, score, contributions, List.of(), locked);
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
    String excepted = exceptions.stream().map(exception -> exception.summary() + "; ").collect(Collectors.joining());
    return (locked ? "locked by the HR admin; " : "") + excepted + because;
  }

  private static String points(double points) {
    return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
  }
}
