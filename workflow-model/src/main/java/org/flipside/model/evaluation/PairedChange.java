package org.flipside.model.evaluation;

/**
 * How the scores of the people who answered both surveys moved: final minus baseline, per person.
 *
 * @param people how many people answered the question in both surveys
 * @param meanChange the average change, in points of the 1-5 scale
 * @param lower lower end of the 95% confidence interval (t distribution); NaN for one person, or when the
 *     interval would show that (nearly) everyone moved alike
 * @param upper upper end of the 95% confidence interval; NaN when the lower end is
 * @param shareImproved the share (0..1) whose score went up; NaN when it would show that (nearly) everyone or
 *     no one improved
 */
public record PairedChange(int people, double meanChange, double lower, double upper, double shareImproved) {

  public boolean hasInterval() {
    return !Double.isNaN(lower);
  }

  public boolean hasShareImproved() {
    return !Double.isNaN(shareImproved);
  }
}
