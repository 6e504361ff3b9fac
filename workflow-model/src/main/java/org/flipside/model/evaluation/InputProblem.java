package org.flipside.model.evaluation;

import java.util.Objects;

/**
 * One thing wrong with what an admin or a participant handed in.
 *
 * @param field the field, question key, or place in a file ("line 4, column value")
 * @param problem what is wrong, in words the person understands
 */
public record InputProblem(String field, String problem) {

  public InputProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(problem, "problem");
  }

  @Override
  public String toString() {
    return field + ": " + problem;
  }
}
