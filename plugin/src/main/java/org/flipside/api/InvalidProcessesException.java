package org.flipside.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A set of process files was refused: each {@link ProcessProblem} names its file, its element and what is wrong.
 * Nothing was deployed.
 *
 * @since 1.0
 */
public class InvalidProcessesException extends FlipsideException {

  private static final long serialVersionUID = 1L;

  private final List<ProcessProblem> problems;

  /** A refusal listing every problem, at least one. */
  public InvalidProcessesException(List<ProcessProblem> problems) {
    super("nothing was deployed: " + problems.stream().map(ProcessProblem::toString)
        .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** The problems, at least one. */
  public List<ProcessProblem> problems() {
    return problems;
  }
}
