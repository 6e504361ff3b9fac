package org.flipside.internal.delegate.matching;

import java.util.Locale;
import java.util.stream.Collectors;
import org.flipside.model.matching.FairnessSummary;
import org.flipside.model.matching.GroupOutcome;
import org.flipside.model.matching.Side;

/** The fairness check as the HR admin reads it in the review form: one line per group, aggregates only. */
final class FairnessText {

  private FairnessText() {}

  static String of(FairnessSummary fairness, String mentorLabel, String menteeLabel) {
    if (fairness.groups().isEmpty()) {
      return "No group is large enough to show (fewer than " + fairness.anonymityThreshold() + " people).";
    }
    return fairness.groups().stream()
        .map(group -> line(group, group.side() == Side.MENTOR ? mentorLabel : menteeLabel))
        .collect(Collectors.joining("\n"));
  }

  private static String line(GroupOutcome group, String sideLabel) {
    return String.format(Locale.ROOT, "%ss, %s: %d of %d matched (%.0f%%)%s", capitalised(sideLabel), group.group(),
        group.matched(), group.participants(), group.matchRate() * 100,
        group.averageScore() == null ? "" : String.format(Locale.ROOT, ", average score %.1f", group.averageScore()));
  }

  private static String capitalised(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
