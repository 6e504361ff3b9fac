package org.flipside.adapters;

/**
 * A host's remote service (a SCIM server, a learning record store) could not answer: it was unreachable, too slow,
 * refused the credential or answered with an error. The message names the service, the request and what the
 * service said; no HTTP client type is attached.
 *
 * @since 1.1
 */
public final class RemoteServiceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * A failure with the HTTP status the service answered, or 0 when it gave none.
   *
   * @param message what failed, for the host's operators
   * @param status the HTTP status, or 0 when the service did not answer
   */
  public RemoteServiceException(String message, int status) {
    super(message);
    this.status = status;
  }

  /**
   * The HTTP status the service answered.
   *
   * @return the status, or 0 when the service was unreachable or did not answer in time
   */
  public int status() {
    return status;
  }
}
