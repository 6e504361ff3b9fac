package org.flipside.model.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/** Input refused as a whole, naming every problem; nothing was changed. */
public class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<InputProblem> problems;

  public InvalidInputException(List<InputProblem> problems) {
    super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Throws when there is any problem. */
  static void throwIfAny(List<InputProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  public List<InputProblem> problems() {
    return problems;
  }
}
