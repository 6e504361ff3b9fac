package org.flipside.web.internal;

/** Where the console lives on the host's HTTP service, and what every response of it carries. */
final class Console {

  /** The pages. */
  static final String ROOT = "/flipside/console";
  /** The JSON API. */
  static final String API = ROOT + "/api";

  /**
   * Only the console's own scripts, styles and API: no inline script, no other origin, no framing. (form-js sets
   * element styles from script, which a policy does not restrict.)
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
      + "frame-ancestors 'none'";

  private Console() {}
}
