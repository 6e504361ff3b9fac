package org.flipside.api;

/**
 * Another call changed the same programme, task or record at the same moment, and this one lost the
 * race. Nothing was changed: the caller may look again and retry.
 *
 * @since 1.0
 */
public class ConflictException extends FlipsideException {

  private static final long serialVersionUID = 1L;

  /** A refusal that says what was changed meanwhile. */
  public ConflictException(String message) {
    super(message);
  }
}
