package org.flipside.web.internal;

/** Where the console lives on the host's HTTP service, and what every response of it carries. */
final class Console {

  /** The pages. */
  static final String ROOT = "/flipside/console";
  /** The JSON API. */
  static final String API = ROOT + "/api";

  /**
   * Only the console's own scripts, styles, API and frames: no inline script, no other origin, no framing by
   * others. (form-js sets
   * element styles from script, which a policy does not restrict.)
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'";

  /**
   * A report Flipside compiled, shown in a frame of the console's programme page: its own inline styles and
   * embedded charts, no script at all, and sandboxed away from the console's origin.
   */
  static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

  private Console() {}
}
