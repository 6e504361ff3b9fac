package org.flipside.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** What the console's servlets read from a request and write on every response. */
final class Requests {

  private Requests() {}

  static Map<String, List<String>> headersOf(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
          .addAll(Collections.list(request.getHeaders(name)));
    }
    return headers;
  }

  static Optional<String> cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    return cookies == null ? Optional.empty()
        : Stream.of(cookies).filter(cookie -> cookie.getName().equals(name)).map(Cookie::getValue).findFirst();
  }

  /** The path and query the browser asked for, to come back to after signing in. */
  static String returnTo(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }

  static void secure(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", Console.CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
  }
}
