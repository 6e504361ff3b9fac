package org.flipside.sandbox.signin;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * THE SANDBOX'S clock page: shows the simulated time and moves it on by a day, a week or four weeks, running the
 * timed work that falls due on the way. A real host's clock is the real one. A move is a form post that must carry
 * the token this page set in a same-site cookie, so another site cannot make a signed-in browser move the clock.
 */
final class ClockPage extends HttpServlet {

  static final String PATH = "/sandbox/clock";
  static final String CSRF_COOKIE = "flipside-sandbox-clock-csrf";
  private static final long serialVersionUID = 1L;
  private static final Set<Integer> STEPS_IN_DAYS = Set.of(1, 7, 28);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

  private final transient Clock clock;
  private final transient Function<Duration, Instant> advance;

  ClockPage(Clock clock, Function<Duration, Instant> advance) {
    this.clock = clock;
    this.advance = advance;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SignInPage.secure(response);
    String token = csrfCookie(request).orElseGet(() -> {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      response.addHeader("Set-Cookie", CSRF_COOKIE + "=" + fresh + "; Path=" + PATH + "; HttpOnly; SameSite=Strict");
      return fresh;
    });
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(page(token));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SignInPage.secure(response);
    Optional<String> cookie = csrfCookie(request);
    String sent = request.getParameter("csrf");
    if (cookie.isEmpty() || sent == null || !MessageDigest.isEqual(
        cookie.get().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
      response.sendError(403, "csrf: reload the sandbox's clock page and try again");
      return;
    }
    Integer days = days(request.getParameter("days"));
    if (days == null) {
      response.sendError(400, "days: move the clock on by 1, 7 or 28 days");
      return;
    }
    advance.apply(Duration.ofDays(days));
    response.setStatus(303);
    response.setHeader("Location", PATH);
  }

  private static Integer days(String given) {
    try {
      int days = Integer.parseInt(given == null ? "" : given.strip());
      return STEPS_IN_DAYS.contains(days) ? days : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Optional<String> csrfCookie(HttpServletRequest request) {
    return request.getCookies() == null ? Optional.empty() : Stream.of(request.getCookies())
        .filter(cookie -> CSRF_COOKIE.equals(cookie.getName())).map(jakarta.servlet.http.Cookie::getValue)
        .filter(value -> !value.isBlank()).findFirst();
  }

  private String page(String token) {
    StringBuilder buttons = new StringBuilder();
    for (int days : STEPS_IN_DAYS.stream().sorted().toList()) {
      buttons.append("""
              <form method="post" action="%s">
                <input type="hidden" name="csrf" value="%s">
                <input type="hidden" name="days" value="%d">
                <p class="actions"><button type="submit">Move on %s</button></p>
              </form>
          """.formatted(PATH, SignInPage.escape(token), days,
          days == 1 ? "a day" : days == 7 ? "a week" : "four weeks"));
    }
    return SignInPage.document("Sandbox clock", """
            <h1>The sandbox's clock</h1>
            <div class="banner" role="note">
              <p><strong>This is the sandbox's clock, not Flipside's.</strong> The sandbox runs on a simulated clock
              that keeps pace with real time; here you move it on, and the timed work that falls due on the way
              (application windows closing, session periods ending, reminders) runs in order. A real host runs on
              the real clock.</p>
            </div>
            <p>Simulated time now: <strong>%s</strong></p>
        %s    <p><a href="/flipside/console/">Back to the console</a></p>
        """.formatted(SignInPage.escape(SHOWN.format(clock.instant())), buttons));
  }
}
