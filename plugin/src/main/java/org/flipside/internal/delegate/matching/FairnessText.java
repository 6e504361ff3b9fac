package org.flipside.internal.delegate.matching;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.flipside.model.matching.FairnessCheck;
import org.flipside.model.matching.FairnessSummary;
import org.flipside.model.matching.GroupOutcome;
import org.flipside.model.matching.Side;

/**
 * The fairness check as the HR admin reads it in the review form: one line per group, counts only. The admin also
 * sees every proposed pair by name, and so who is left unmatched; a group's count set beside those names would tell
 * which group some of them belong to. So the check is shown once, with the cohort's first proposal (a proposal
 * steered by kept and ruled-out pairs, set against an earlier one, would single out whoever moved), and only when
 * every group has at least the threshold of matched and of unmatched people, with as many of each outside it: then
 * no named person's group follows from the counts, nor does that nearly all of the matched or unmatched share one.
 * Average scores are not shown: the admin sees each pair's score, and a group's average would pick out its pairs.
 * How many pairs pass a rule only by an exception (a limited line-chain rule, the top of the organisation, the
 * admin's allowance) is always shown: it counts pairs by rule, never by group.
 */
final class FairnessText {

  private FairnessText() {}

  /**
   * @param firstProposal whether this is the cohort's first proposal, before any pair was kept or ruled out
   */
  static String of(FairnessSummary fairness, boolean firstProposal, String mentorLabel, String menteeLabel) {
    String exceptions = fairness.pairsByException().entrySet().stream()
        .map(entry -> "\nPairs matched by an exception to " + entry.getKey() + ": " + entry.getValue())
        .collect(Collectors.joining());
    return groups(fairness, firstProposal, mentorLabel, menteeLabel) + exceptions;
  }

  private static String groups(FairnessSummary fairness, boolean firstProposal, String mentorLabel,
      String menteeLabel) {
    if (!firstProposal) {
      return "The fairness check was shown with the first proposal only: for a proposal shaped by kept and ruled-out"
          + " pairs it would tell which group the people moved in or out belong to.";
    }
    if (fairness.groups().isEmpty()) {
      return "No group is large enough to show (fewer than " + fairness.anonymityThreshold() + " people).";
    }
    if (!namesNoOne(fairness)) {
      return "Withheld: beside the named pairs, a group's figures would tell which group some of the matched or"
          + " unmatched people belong to. It is shown when each group has at least " + fairness.anonymityThreshold()
          + " matched and " + fairness.anonymityThreshold() + " unmatched people (or nobody is unmatched), and as"
          + " many outside it.";
    }
    return fairness.groups().stream()
        .map(group -> line(group, group.side() == Side.MENTOR ? mentorLabel : menteeLabel))
        .collect(Collectors.joining("\n"));
  }

  /** Whether each group's matched and unmatched counts leave at least the threshold inside and outside it. */
  static boolean namesNoOne(FairnessSummary fairness) {
    int threshold = fairness.anonymityThreshold();
    for (Side side : Side.values()) {
      List<GroupOutcome> lines = fairness.groups().stream().filter(group -> group.side() == side).toList();
      GroupOutcome everyone = lines.stream().filter(group -> FairnessCheck.EVERYONE.equals(group.group()))
          .findFirst().orElse(null);
      if (everyone == null) {
        continue;
      }
      int matched = everyone.matched();
      int unmatched = everyone.participants() - everyone.matched();
      for (GroupOutcome group : lines) {
        if (group != everyone && !(hides(group.matched(), matched, threshold)
            && hides(group.participants() - group.matched(), unmatched, threshold))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a group's share of a named column is at least the threshold, and so is the rest of the column. */
  private static boolean hides(int inGroup, int column, int threshold) {
    return column == 0 || inGroup >= threshold && column - inGroup >= threshold;
  }

  private static String line(GroupOutcome group, String sideLabel) {
    return String.format(Locale.ROOT, "%ss, %s: %d of %d matched (%.0f%%)", capitalised(sideLabel), group.group(),
        group.matched(), group.participants(), group.matchRate() * 100);
  }

  private static String capitalised(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
