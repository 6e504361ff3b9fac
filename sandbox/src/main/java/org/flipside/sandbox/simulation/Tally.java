package org.flipside.sandbox.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The sandbox's own counts of what its simulated employees did, over every cohort. */
public final class Tally {

  private final Map<Tallied, Integer> counts = new EnumMap<>(Tallied.class);
  private final SurveyScores surveyScores = new SurveyScores();
  private final List<String> rolloutDecisions = new ArrayList<>();

  void add(Tallied what) {
    counts.merge(what, 1, Integer::sum);
  }

  void add(Tallied what, int howMany) {
    counts.merge(what, howMany, Integer::sum);
  }

  void rolloutDecided(String decision) {
    rolloutDecisions.add(decision);
  }

  /** The count of one thing. */
  public int get(Tallied what) {
    return counts.getOrDefault(what, 0);
  }

  /** The before and after scores of everyone who answered the final survey. */
  public SurveyScores surveyScores() {
    return surveyScores;
  }

  /** The sponsor's rollout decisions, one per cohort evaluated. */
  public List<String> rolloutDecisions() {
    return List.copyOf(rolloutDecisions);
  }
}
