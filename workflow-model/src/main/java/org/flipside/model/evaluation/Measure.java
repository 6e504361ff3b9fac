package org.flipside.model.evaluation;

import java.util.Objects;

/**
 * A question answered on the 1-5 scale, compared before and after.
 *
 * @param key the question's key in the survey template
 * @param label how reports name it
 */
public record Measure(String key, String label) {

  public Measure {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
  }
}
