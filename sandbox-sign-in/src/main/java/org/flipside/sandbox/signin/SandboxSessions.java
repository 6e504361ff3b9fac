package org.flipside.sandbox.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flipside.web.spi.WebIdentity;

/**
 * The sandbox's web identity: a random session cookie per sign-in, remembered in memory, naming the employee picked on
 * the sign-in page.
 */
final class SandboxSessions implements WebIdentity {

  static final String COOKIE = "flipside-sandbox-session";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, String> employeeIdsBySession = new ConcurrentHashMap<>();

  /** Starts a session for the employee; the cookie's value. */
  String signIn(String employeeId) {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    String session = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    employeeIdsBySession.put(session, employeeId);
    return session;
  }

  void signOut(String session) {
    employeeIdsBySession.remove(session);
  }

  @Override
  public Optional<String> employeeIdOf(Map<String, List<String>> headers) {
    return sessionOf(headers).map(employeeIdsBySession::get);
  }

  static Optional<String> sessionOf(Map<String, List<String>> headers) {
    return headers.getOrDefault("cookie", List.of()).stream()
        .flatMap(header -> List.of(header.split(";")).stream())
        .map(String::strip)
        .filter(cookie -> cookie.startsWith(COOKIE + "="))
        .map(cookie -> cookie.substring(COOKIE.length() + 1))
        .findFirst();
  }

  @Override
  public String signInAddress(String returnTo) {
    return SignInPage.PATH + "?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
  }
}
