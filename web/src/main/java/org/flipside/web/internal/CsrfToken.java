package org.flipside.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The console's guard against cross-site request forgery: a random token in a same-site cookie that the console's
 * own script, and only a page of the same site, can read and send back in a header. A state-changing request whose
 * header does not match its cookie is refused.
 */
final class CsrfToken {

  static final String COOKIE = "flipside-csrf";
  static final String HEADER = "x-flipside-csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfToken() {}

  static String fresh() {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /** Whether the header carries the cookie's token; both must be present. */
  static boolean matches(String cookie, String header) {
    return cookie != null && header != null && !cookie.isEmpty() && MessageDigest.isEqual(
        cookie.getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
  }

  /** The cookie that carries a token to the console's pages. */
  static String setCookie(String token, boolean secure) {
    return COOKIE + "=" + token + "; Path=" + Console.ROOT + "; SameSite=Strict" + (secure ? "; Secure" : "");
  }
}
