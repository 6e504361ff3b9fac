package org.flipside.adapters.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small HTTP server on 127.0.0.1 that a test starts in place of a host's remote service: it checks the credential,
 * records every request, answers through {@link #answer(Request)}, and fails the next requests when told to.
 */
public abstract class StandInServer implements AutoCloseable {

  protected static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final String authorization;
  private final List<Request> requests = new ArrayList<>();
  /** What the next requests get, before {@link #answer(Request)}: a failure, or {@link #PASS} to answer as usual. */
  private final Deque<Reply> failures = new ArrayDeque<>();
  private static final Reply PASS = new Reply(0, "");
  private Reply outage;

  /** One request as the server received it; header names in lower case. */
  public record Request(String method, String path, String query, Map<String, String> headers, String body) {

    /** The decoded value of one query parameter, or null. */
    public String parameter(String name) {
      if (query == null) {
        return null;
      }
      for (String pair : query.split("&")) {
        String[] parts = pair.split("=", 2);
        if (parts[0].equals(name)) {
          return java.net.URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8);
        }
      }
      return null;
    }

    /** The body as JSON. */
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** What the server answers: a status and a body, JSON unless empty. */
  public record Reply(int status, String body) {}

  /**
   * Starts on a free port.
   *
   * @param authorization the Authorization header every request must carry, else 401
   */
  protected StandInServer(String authorization) {
    this.authorization = authorization;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** The server's answer to a request that carried the right credential. */
  protected abstract Reply answer(Request request);

  /** The body of an error answer, in the service's own format. */
  protected abstract String error(int status, String detail);

  /** The server's address, with the path under which the service is. */
  public URI address(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Every request received so far, in order. */
  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Every request from now on fails with 503 and the service's error body saying why, until {@link #recover()}. */
  public synchronized void goDown(String detail) {
    outage = new Reply(503, error(503, detail));
  }

  /** Requests are answered again. */
  public synchronized void recover() {
    outage = null;
  }

  /** The next request fails with this status and the service's error body saying why. */
  public synchronized void failNext(int status, String detail) {
    failAfter(0, status, detail);
  }

  /** The requests after the next few fail, as {@link #failNext(int, String)}. */
  public synchronized void failAfter(int passing, int status, String detail) {
    for (int i = 0; i < passing; i++) {
      failures.add(PASS);
    }
    failures.add(new Reply(status, error(status, detail)));
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new TreeMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
    Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(), headers,
        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Reply reply;
    synchronized (this) {
      requests.add(request);
      if (!authorization.equals(headers.get("authorization"))) {
        reply = new Reply(401, error(401, "the credential was not accepted"));
      } else if (outage != null) {
        reply = outage;
      } else {
        Reply planned = failures.poll();
        reply = planned == null || planned == PASS ? answer(request) : planned;
      }
    }
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    if (body.length > 0) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  /** A JSON document as text. */
  protected static String text(JsonNode document) {
    try {
      return JSON.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new JSON object. */
  protected static ObjectNode object() {
    return JSON.createObjectNode();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
