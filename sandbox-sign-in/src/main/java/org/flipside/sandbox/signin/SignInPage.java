package org.flipside.sandbox.signin;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;

/**
 * THE SANDBOX'S sign-in page: pick any employee of the directory, no password. It says on the page that it is the
 * sandbox's; a real host signs people in with its own identity system.
 */
final class SignInPage extends HttpServlet {

  static final String PATH = "/sandbox/sign-in";
  private static final long serialVersionUID = 1L;
  private static final String CONSOLE = "/flipside/console/";

  private final transient EmployeeDirectory directory;
  private final transient SandboxSessions sessions;

  SignInPage(EmployeeDirectory directory, SandboxSessions sessions) {
    this.directory = directory;
    this.sessions = sessions;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    secure(response);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(page(returnTo(request.getParameter("returnTo"))));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    secure(response);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name.toLowerCase(Locale.ROOT), Collections.list(request.getHeaders(name)));
    }
    SandboxSessions.sessionOf(headers).ifPresent(sessions::signOut);
    if ("sign-out".equals(request.getParameter("action"))) {
      response.addHeader("Set-Cookie", SandboxSessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
      response.sendRedirect(PATH);
      return;
    }
    String employeeId = request.getParameter("employeeId");
    if (employeeId == null || directory.find(employeeId).isEmpty()) {
      response.sendError(400, "employeeId: pick an employee of the sandbox's organisation");
      return;
    }
    response.addHeader("Set-Cookie", SandboxSessions.COOKIE + "=" + sessions.signIn(employeeId)
        + "; Path=/; HttpOnly; SameSite=Lax");
    response.setStatus(303);
    response.setHeader("Location", returnTo(request.getParameter("returnTo")));
  }

  /** Only a path on this host: a sign-in never sends the browser elsewhere. */
  private static String returnTo(String requested) {
    return requested != null && requested.startsWith("/") && !requested.startsWith("//")
        && !requested.contains("\\") ? requested : CONSOLE;
  }

  /** The headers every sandbox page sends: its own styles only, no scripts, no framing, no caching. */
  static void secure(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; form-action 'self'; "
        + "base-uri 'none'; frame-ancestors 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
  }

  private String page(String returnTo) {
    StringBuilder options = new StringBuilder();
    directory.employees().stream().filter(Employee::employed)
        .sorted(Comparator.comparing(Employee::displayName))
        .forEach(employee -> options.append("<option value=\"").append(escape(employee.id())).append("\">")
            .append(escape(employee.displayName())).append(" (").append(escape(employee.bandLabel() == null
                ? "band " + employee.band() : employee.bandLabel()))
            .append(", ").append(escape(employee.department())).append(", ").append(escape(employee.id()))
            .append(")</option>\n"));
    return document("Sandbox sign-in", """
            <h1>Sign in to the sandbox</h1>
            <div class="banner" role="note">
              <p><strong>This is the sandbox's sign-in, not Flipside's.</strong> It lets anyone act as any employee
              of the synthetic organisation, without a password. A real host signs people in with its own identity
              system.</p>
            </div>
            <form method="post" action="%s">
              <input type="hidden" name="returnTo" value="%s">
              <p><label for="employee">Employee</label><br>
              <select id="employee" name="employeeId" required>
        %s      </select></p>
              <p class="actions"><button type="submit">Sign in</button></p>
            </form>
            <form method="post" action="%s">
              <input type="hidden" name="action" value="sign-out">
              <p><button type="submit" class="link">Sign out</button></p>
            </form>
        """.formatted(PATH, escape(returnTo), options, PATH));
  }

  /** A sandbox page: the console's styles, the sandbox's bar, and the main part given. */
  static String document(String title, String main) {
    return """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%s · Flipside</title>
          <link rel="stylesheet" href="/flipside/console/assets/console.css">
        </head>
        <body>
          <header class="bar"><span class="brand">Flipside sandbox</span></header>
          <main>
        %s  </main>
        </body>
        </html>
        """.formatted(escape(title), main);
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
