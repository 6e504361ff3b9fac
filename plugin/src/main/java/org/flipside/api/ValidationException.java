package org.flipside.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A submission was rejected. Each {@link FieldError} names a field and its problem; nothing was
 * changed.
 *
 * @since 1.0
 */
public class ValidationException extends FlipsideException {

  private static final long serialVersionUID = 1L;

  private final List<FieldError> errors;

  /** A rejection listing every bad field. */
  public ValidationException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  /** A rejection of a single field. */
  public static ValidationException of(String field, String problem) {
    return new ValidationException(List.of(new FieldError(field, problem)));
  }

  /** The bad fields, at least one. */
  public List<FieldError> errors() {
    return errors;
  }
}
