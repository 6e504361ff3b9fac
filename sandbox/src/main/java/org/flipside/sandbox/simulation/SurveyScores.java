package org.flipside.sandbox.simulation;

import java.util.List;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * The simulated respondents' scores before the programme (which only the sandbox knows) and in the
 * final survey, per measure, to set beside the Inclusive Employers figures in the seeds.
 */
public final class SurveyScores {

  /** The four measures, in the order of the surveys' form keys. */
  public static final List<String> MEASURES =
      List.of(Vars.CONFIDENCE_TALKING.name(), Vars.UNDERSTANDING_ISSUES.name(), Vars.CONFIDENCE_ASKING.name(), Vars.CONFIDENCE_SHARING.name());

  private final long[] beforeSums = new long[MEASURES.size()];
  private final long[] afterSums = new long[MEASURES.size()];
  private final long[] rises = new long[MEASURES.size()];
  private long respondents;

  /** Adds one respondent's scores, each 1 to 5, in the order of {@link #MEASURES}. */
  void add(int[] before, int[] after) {
    for (int i = 0; i < MEASURES.size(); i++) {
      beforeSums[i] += before[i];
      afterSums[i] += after[i];
      if (after[i] > before[i]) {
        rises[i]++;
      }
    }
    respondents++;
  }

  /** How many respondents were added. */
  public long respondents() {
    return respondents;
  }

  /** Average score before the programme for a measure (index into {@link #MEASURES}). */
  public double averageBefore(int measure) {
    return respondents == 0 ? 0 : (double) beforeSums[measure] / respondents;
  }

  /** Average final-survey score for a measure. */
  public double averageAfter(int measure) {
    return respondents == 0 ? 0 : (double) afterSums[measure] / respondents;
  }

  /** Share of respondents whose score rose for a measure, 0 to 1. */
  public double shareWhoRose(int measure) {
    return respondents == 0 ? 0 : (double) rises[measure] / respondents;
  }
}
