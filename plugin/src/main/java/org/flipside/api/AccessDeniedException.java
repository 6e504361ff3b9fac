package org.flipside.api;

/**
 * The acting employee may not see or do what they asked. Nothing was changed.
 *
 * @since 1.0
 */
public class AccessDeniedException extends FlipsideException {

  private static final long serialVersionUID = 1L;

  /** A refusal that says what was refused. */
  public AccessDeniedException(String message) {
    super(message);
  }
}
