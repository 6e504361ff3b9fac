package org.flipside.api;

/**
 * One problem with one field of a submission.
 *
 * @param field the form field's key, as in the form JSON
 * @param problem what is wrong with it, in words an employee understands
 * @since 1.0
 */
public record FieldError(String field, String problem) {

  @Override
  public String toString() {
    return field + ": " + problem;
  }
}
