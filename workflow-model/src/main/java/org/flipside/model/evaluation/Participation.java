package org.flipside.model.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * Who took part in a cohort and how much: the pairs formed and how they ended, the sessions held, the survey
 * responses, and attendance at each event. A count that could single someone out is hidden: pairs are two people
 * each, and a group of people fewer than the threshold (but not none) is hidden with whatever would give it away.
 *
 * @param pairsFormed pairs published, whatever became of them
 * @param pairsCompleted pairs that met until the end
 * @param pairsEndedEarly pairs that closed early (rematched or ended at a check-in)
 * @param sessionsHeld sessions the pairs logged as held
 * @param sessionsMissed sessions they logged as missed
 * @param surveyResponses survey responses released for the report
 * @param events attendance at each of the cohort's events, in the order held
 * @param recruitmentChannels how the cohort's recruitment was promoted, in words ("team briefings"), as its
 *     communications contacts recorded; empty when none did
 */
public record Participation(long pairsFormed, Reported<Long> pairsCompleted, Reported<Long> pairsEndedEarly,
    long sessionsHeld, long sessionsMissed, long surveyResponses, List<EventAttendance> events,
    List<String> recruitmentChannels) {

  public Participation {
    Objects.requireNonNull(pairsCompleted, "pairsCompleted");
    Objects.requireNonNull(pairsEndedEarly, "pairsEndedEarly");
    events = List.copyOf(events);
    recruitmentChannels = List.copyOf(recruitmentChannels);
  }

  /** Nothing recorded yet: a cohort whose participation was never counted. */
  public static Participation none() {
    return new Participation(0, Reported.shown(0L), Reported.shown(0L), 0, 0, 0, List.of(), List.of());
  }

  /**
   * The pairs' figures as the report may show them. The pairs formed split into completed, ended early and the rest
   * (still meeting); when any part is a group of people fewer than the threshold, completed and ended early are
   * both hidden, as either would give the other away from the pairs formed.
   */
  public static Participation of(long pairsFormed, long completed, long endedEarly, long sessionsHeld,
      long sessionsMissed, long surveyResponses, List<EventAttendance> events, int threshold) {
    long rest = pairsFormed - completed - endedEarly;
    boolean small = tooFew(2 * completed, threshold) || tooFew(2 * endedEarly, threshold)
        || tooFew(2 * rest, threshold);
    return new Participation(pairsFormed, pairFigure(completed, small, threshold),
        pairFigure(endedEarly, small, threshold), sessionsHeld, sessionsMissed, surveyResponses, events, List.of());
  }

  /** The same figures, with how recruitment was promoted. */
  public Participation promotedThrough(List<String> channels) {
    return new Participation(pairsFormed, pairsCompleted, pairsEndedEarly, sessionsHeld, sessionsMissed,
        surveyResponses, events, channels);
  }

  private static Reported<Long> pairFigure(long pairs, boolean small, int threshold) {
    if (!small) {
      return Reported.shown(pairs);
    }
    return Reported.hidden(tooFew(2 * pairs, threshold) ? Suppression.PRIMARY : Suppression.COMPLEMENTARY);
  }

  /** Some people, but fewer than the threshold. */
  static boolean tooFew(long people, int threshold) {
    return people > 0 && people < threshold;
  }
}
