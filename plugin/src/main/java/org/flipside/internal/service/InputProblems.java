package org.flipside.internal.service;

import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.model.evaluation.InvalidInputException;

/** The evaluation store's refusals as the API reports them. */
final class InputProblems {

  private InputProblems() {
  }

  /** The same problems, each naming its field. */
  static ValidationException asValidation(InvalidInputException refused) {
    return new ValidationException(refused.problems().stream()
        .map(problem -> new FieldError(problem.field(), problem.problem())).toList());
  }
}
