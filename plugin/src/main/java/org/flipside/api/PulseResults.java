package org.flipside.api;

import java.util.List;

/**
 * A cohort's midpoint pulse as anonymous figures. Answers are stored without name or pairing; a group with fewer
 * answers than the programme's anonymity threshold is hidden, with whatever would give it away. The figures are
 * released once, on the cohort's closing date for the pulse (when its sessions end and the final survey opens), and
 * stay as released: answers that come later join only once at least the threshold of them have come, since figures
 * that changed answer by answer would show one person's. Until the release every figure is withheld.
 *
 * @param programmeId the programme
 * @param cohortNumber the cohort, 1 for the pilot
 * @param stillOpen whether the figures are still to be released, the cohort's sessions not having ended; every
 *     figure is then withheld
 * @param anonymityThreshold the smallest group whose figures are shown
 * @param questions one result a question, in the order the pulse asks them
 * @since 1.0
 */
public record PulseResults(String programmeId, int cohortNumber, boolean stillOpen, int anonymityThreshold,
    List<PulseQuestionResult> questions) {

  /** Copies the list. */
  public PulseResults {
    questions = List.copyOf(questions);
  }
}
