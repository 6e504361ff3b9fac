package org.flipside.api;

/**
 * The root of the errors Flipside's API reports to the host.
 *
 * @since 1.0
 */
public class FlipsideException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An error with a message for the host's log or user. */
  public FlipsideException(String message) {
    super(message);
  }

  /** An error with a message and its cause. */
  public FlipsideException(String message, Throwable cause) {
    super(message, cause);
  }
}
