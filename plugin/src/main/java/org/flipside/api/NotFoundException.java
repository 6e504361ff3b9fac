package org.flipside.api;

/**
 * The programme, task or other thing named in a call does not exist (or no longer does).
 *
 * @since 1.0
 */
public class NotFoundException extends FlipsideException {

  private static final long serialVersionUID = 1L;

  /** An error that names what was not found. */
  public NotFoundException(String message) {
    super(message);
  }
}
