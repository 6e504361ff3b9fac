package org.flipside.web.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Tells Flipside's web console which employee a browser request comes from, with the host's own authentication (its
 * session cookie, the header its single sign-on proxy sets), and where a browser signs in. The console then acts as
 * that employee through Flipside's API, which decides what they may see and do.
 *
 * <p>The console's pages and JSON API are offered once the host registers this service.
 *
 * @since 1.0
 */
@ConsumerType
public interface WebIdentity {

  /**
   * The employee the request comes from.
   *
   * @param headers the request's headers, each name in lower case, with every value it was sent with
   * @return the host's employee id, or empty when nobody is signed in
   */
  Optional<String> employeeIdOf(Map<String, List<String>> headers);

  /**
   * Where a browser that is not signed in is sent.
   *
   * @param returnTo the path to come back to once signed in, on the same host
   * @return an address the browser can follow, on the same host or the host's sign-in service
   */
  String signInAddress(String returnTo);
}
