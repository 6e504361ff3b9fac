package org.flipside.internal.modeler;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.api.ProcessResource;

/** Carries Modeler's HTTP requests to {@link ModelerRequests} and its replies back, as JSON. */
final class DeploymentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final transient ModelerRequests requests;

  DeploymentServlet(ModelerRequests requests) {
    this.requests = requests;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if ("/deployment".equals(request.getPathInfo())) {
      send(response, requests.checkConnection(headersOf(request)));
    } else {
      send(response, notFound(request));
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!"/deployment/create".equals(request.getPathInfo())) {
      send(response, notFound(request));
      return;
    }
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      send(response, Reply.error(400, "InvalidRequestException",
          "a deployment is a multipart/form-data request, one part a file"));
      return;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    List<ProcessResource> files = new ArrayList<>();
    for (Part part : request.getParts()) {
      byte[] content = part.getInputStream().readAllBytes();
      if (part.getSubmittedFileName() == null && ModelerRequests.FIELDS.contains(part.getName())) {
        fields.put(part.getName(), new String(content, StandardCharsets.UTF_8));
      } else {
        String name = part.getSubmittedFileName() != null ? part.getSubmittedFileName() : part.getName();
        files.add(new ProcessResource(name, content));
      }
    }
    send(response, requests.create(headersOf(request), fields, files));
  }

  private static Reply notFound(HttpServletRequest request) {
    return Reply.error(404, "NotFoundException", "Flipside's Modeler endpoint offers GET /deployment and "
        + "POST /deployment/create, not " + request.getMethod() + " " + request.getPathInfo());
  }

  private static Map<String, List<String>> headersOf(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
          .addAll(Collections.list(request.getHeaders(name)));
    }
    return headers;
  }

  private static void send(HttpServletResponse response, Reply reply) throws IOException {
    response.setStatus(reply.status());
    reply.headers().forEach(response::setHeader);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), reply.body());
  }
}
