package org.flipside.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one group answered one pulse question, or the fact that the group is hidden: it is smaller than the
 * programme's anonymity threshold, or it would give such a group away, or nobody in it answered.
 *
 * @param hidden whether the figure is withheld; then the other fields are null and empty
 * @param responses how many answered
 * @param mean their average score on the 1-5 scale
 * @param distribution how many gave each score, from 1 (first) to 5 (last); empty when it is withheld because
 *     (nearly) a whole group of the question gave one score, which would tell each member's answer
 * @since 1.0
 */
public record PulseFigure(boolean hidden, @Nullable Integer responses, @Nullable Double mean, List<Integer> distribution) {

  /** Copies the distribution. */
  public PulseFigure {
    distribution = List.copyOf(distribution);
  }

  /** A withheld figure. */
  public static PulseFigure withheld() {
    return new PulseFigure(true, null, null, List.of());
  }
}
