package org.flipside.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.flipside.web.spi.WebIdentity;

/**
 * The console's pages and the scripts and styles they load, all from the bundle. A page needs a signed-in employee
 * (or sends the browser to the host's sign-in) and hands the browser the token its requests must carry. Every page
 * gets the same head (styles and helpers) and bar (name and navigation), written once.
 */
final class PagesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String RESOURCES = "org/flipside/web/console/";
  private static final Map<String, String> PAGES = Map.of("/", "inbox.html", "/task", "task.html",
      "/programmes", "programmes.html", "/programme", "programme.html", "/library", "library.html",
      "/process", "process.html", "/pairings", "pairings.html", "/operations", "operations.html");
  private static final Pattern ASSET = Pattern.compile("/((?:assets|vendor)/[a-z0-9-]+(?:\\.[a-z0-9-]+)*)");
  private static final Map<String, String> TYPES = Map.of("html", "text/html", "js", "text/javascript",
      "css", "text/css");

  private final transient WebIdentity identity;

  PagesServlet(WebIdentity identity) {
    this.identity = identity;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Requests.secure(response);
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (path.isEmpty()) {
      response.sendRedirect(Console.ROOT + "/");
    } else if (PAGES.containsKey(path)) {
      page(request, response, PAGES.get(path));
    } else if (ASSET.matcher(path).matches()) {
      response.setHeader("Cache-Control", "no-cache");
      serve(response, path.substring(1));
    } else {
      response.sendError(404);
    }
  }

  private void page(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
    if (identity.employeeIdOf(Requests.headersOf(request)).isEmpty()) {
      response.sendRedirect(identity.signInAddress(Requests.returnTo(request)));
      return;
    }
    if (Requests.cookie(request, CsrfToken.COOKIE).isEmpty()) {
      response.addHeader("Set-Cookie", CsrfToken.setCookie(CsrfToken.fresh(), request.isSecure()));
    }
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(text(page).replace("  <!--head-->\n", text("_head.html"))
        .replace("  <!--bar-->\n", text("_bar.html")));
  }

  private static String text(String name) throws IOException {
    try (InputStream content = PagesServlet.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
      return new String(content.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void serve(HttpServletResponse response, String name) throws IOException {
    try (InputStream content = PagesServlet.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
      if (content == null) {
        response.sendError(404);
        return;
      }
      response.setContentType(TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "text/plain"));
      response.setCharacterEncoding("UTF-8");
      content.transferTo(response.getOutputStream());
    }
  }
}
