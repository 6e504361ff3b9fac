package org.flipside.model.evaluation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.flipside.model.ParticipantRole;

/**
 * Everything the evaluation of one cohort found, ready to be reported: participation, before and after measures,
 * organisational outcomes over time, leaders' commitments, the themes of the feedback and the recommendations they
 * lead to, and the events still to come. Every figure that could single someone out is already hidden; nothing here
 * names a person.
 *
 * @param programmeName the programme's name
 * @param cohortNumber the cohort evaluated
 * @param focus the programme's focus in words ("race and ethnicity")
 * @param mentorLabel what the programme calls its mentors
 * @param menteeLabel what the programme calls its mentees
 * @param beforeAfter the survey measures
 * @param participation who took part and how much
 * @param outcomes the organisational figures over time, every measure a series
 * @param commitments leaders' follow-on commitments, in the order recorded
 * @param themes the themes, act-now first
 * @param recommendations one per theme, act-now first
 * @param upcoming the cohort's events still to come, such as the presentation of these findings, in date order
 * @param compiledAt when the findings were put together
 */
public record EvaluationFindings(String programmeName, int cohortNumber, String focus, String mentorLabel,
    String menteeLabel, BeforeAfter beforeAfter, Participation participation, OutcomeHistory outcomes,
    List<CommitmentFinding> commitments, List<ThemeFinding> themes, List<Recommendation> recommendations,
    List<UpcomingEvent> upcoming, Instant compiledAt) {

  public EvaluationFindings {
    Objects.requireNonNull(programmeName, "programmeName");
    Objects.requireNonNull(beforeAfter, "beforeAfter");
    Objects.requireNonNull(participation, "participation");
    Objects.requireNonNull(outcomes, "outcomes");
    commitments = List.copyOf(commitments);
    themes = List.copyOf(themes);
    recommendations = List.copyOf(recommendations);
    upcoming = List.copyOf(upcoming);
    Objects.requireNonNull(compiledAt, "compiledAt");
  }

  public int threshold() {
    return beforeAfter.threshold();
  }

  public String roleLabel(ParticipantRole role) {
    return role == ParticipantRole.MENTOR ? mentorLabel : menteeLabel;
  }

  /** The measure that moved most among everyone who answered both surveys, if any change may be shown. */
  public Optional<MeasureOutcome> largestChange() {
    return beforeAfter.measures().stream()
        .filter(outcome -> !outcome.paired().allRoles().isHidden())
        .max(Comparator.comparingDouble(outcome -> outcome.paired().allRoles().value().meanChange()));
  }

  /** One or two sentences for the rollout decision. */
  public String headline() {
    StringBuilder headline = new StringBuilder();
    Optional<MeasureOutcome> largest = largestChange();
    if (largest.isPresent()) {
      PairedChange change = largest.get().paired().allRoles().value();
      headline.append(String.format(Locale.ROOT, "%d people answered both surveys; %s changed most, by %+.2f points"
              + " on a 1-5 scale%s", beforeAfter.pairedPeople(),
          largest.get().measure().label().toLowerCase(Locale.ROOT), change.meanChange(),
          change.hasInterval() ? String.format(Locale.ROOT, " (95%% CI %+.2f to %+.2f)", change.lower(),
              change.upper()) : ""));
      headline.append(change.hasShareImproved()
          ? String.format(Locale.ROOT, ", and %.0f%% of them improved.", change.shareImproved() * 100) : ".");
    } else if (beforeAfter.pairedPeople() < threshold()) {
      headline.append(String.format(Locale.ROOT, "Too few people answered both surveys (fewer than %d) to report"
          + " the change.", threshold()));
    } else {
      headline.append(String.format(Locale.ROOT, "%d people answered both surveys; their answers were so alike that"
          + " the change cannot be reported without giving away how each of them answered.",
          beforeAfter.pairedPeople()));
    }
    long actNow = recommendations.stream().filter(r -> r.priority() == ThemePriority.ACT_NOW).count();
    headline.append(String.format(Locale.ROOT, " %d recommendation%s to act on now, %d for later.", actNow,
        actNow == 1 ? "" : "s", recommendations.size() - actNow));
    return headline.toString();
  }
}
