package org.flipside.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Tells Flipside which employee sends a request that reaches it over HTTP, such as Camunda Modeler deploying a
 * diagram. The host decides from the request's headers (its {@code Authorization} header, a session cookie, a header
 * its single sign-on proxy sets) with its own identity system; Flipside then checks the employee's roles itself.
 *
 * <p>Without this service Flipside offers no HTTP endpoint.
 *
 * @since 1.0
 */
@ConsumerType
public interface CallerAuthenticator {

  /**
   * The employee the request is sent by.
   *
   * @param headers the request's headers, each name in lower case, with every value it was sent with
   * @return the host's employee id, or empty when the request does not prove who sends it
   */
  Optional<String> employeeIdOf(Map<String, List<String>> headers);
}
