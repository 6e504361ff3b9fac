package org.flipside.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flipside.api.Actor;
import org.flipside.web.spi.WebIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries the JSON API's requests to {@link ConsoleRequests} as the employee the host's {@link WebIdentity} names,
 * and refuses a state-changing request that does not prove it comes from the console's own pages.
 */
final class ApiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
  private static final int MAX_BODY_BYTES = 1024 * 1024;
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

  private final transient ObjectMapper json;
  private final transient ConsoleRequests requests;
  private final transient WebIdentity identity;

  ApiServlet(ObjectMapper json, ConsoleRequests requests, WebIdentity identity) {
    this.json = json;
    this.requests = requests;
    this.identity = identity;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<String> employeeId = identity.employeeIdOf(Requests.headersOf(request));
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    if (employeeId.isEmpty()) {
      send(response, new Reply(401, Map.of("message", "Sign in first",
          "signIn", identity.signInAddress(Console.ROOT + "/"))));
    } else if (!SAFE_METHODS.contains(request.getMethod()) && !fromTheConsole(request)) {
      send(response, Reply.error(403, "The request did not come from the console's own page: reload the page and "
          + "try again"));
    } else if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      send(response, Reply.error(413, "The request is larger than the console accepts (1 MB)"));
    } else {
      send(response, answer(request, path, Actor.of(employeeId.get())));
    }
  }

  /** The API's answer; a failure Flipside does not explain stays in the host's log, never reaches the browser. */
  private Reply answer(HttpServletRequest request, String path, Actor actor) throws IOException {
    try {
      return requests.answer(request.getMethod(), path, actor, body(request));
    } catch (RuntimeException e) {
      LOG.error("The web console could not answer {} {}", request.getMethod(), request.getRequestURI(), e);
      return Reply.error(500, "Flipside could not answer; the host's log says why");
    }
  }

  /** The page's token in the header matches the same-site cookie, and the browser names no other origin. */
  private static boolean fromTheConsole(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin != null && !sameOrigin(origin, request)) {
      return false;
    }
    return CsrfToken.matches(Requests.cookie(request, CsrfToken.COOKIE).orElse(null),
        request.getHeader(CsrfToken.HEADER));
  }

  private static boolean sameOrigin(String origin, HttpServletRequest request) {
    try {
      URI from = URI.create(origin);
      String host = request.getHeader("Host");
      return from.getScheme() != null && from.getScheme().equals(request.getScheme()) && host != null
          && host.equalsIgnoreCase(from.getRawAuthority());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String body(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
    }
  }

  private void send(HttpServletResponse response, Reply reply) throws IOException {
    response.setStatus(reply.status());
    Requests.secure(response);
    response.setHeader("Cache-Control", "no-store");
    if (reply.body() instanceof Reply.Document document) {
      response.setHeader("Content-Security-Policy", document.policy());
      response.setHeader("X-Frame-Options", "SAMEORIGIN");
      response.setContentType(document.contentType());
      if (document.fileName() != null) {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
      }
      response.getOutputStream().write(document.content());
    } else if (reply.body() != null) {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), reply.body());
    }
  }
}
