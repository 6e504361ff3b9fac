package org.flipside.adapters.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.flipside.adapters.RemoteServiceException;

/**
 * JSON over HTTP to one remote service with one credential, on the JDK's client. Every failure becomes a
 * {@link RemoteServiceException} that names the service and the request; nothing of the client escapes.
 */
public final class JsonHttp {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** How much of an error body a message quotes when the body has no field that explains the error. */
  private static final int QUOTED_BODY = 200;

  private final String service;
  private final Duration timeout;
  private final Map<String, String> headers;
  private final String mediaType;
  private final HttpClient client;

  /**
   * A client for one service.
   *
   * @param service the service's name in error messages, such as "SCIM server https://scim.example/v2"
   * @param timeout how long one request may take
   * @param headers what every request carries, the credential among them
   * @param mediaType the media type of the JSON the service speaks
   */
  public JsonHttp(String service, Duration timeout, Map<String, String> headers, String mediaType) {
    this.service = service;
    this.timeout = timeout;
    this.headers = Map.copyOf(headers);
    this.mediaType = mediaType;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The JSON at the address, or empty when the service answers 404. */
  public Optional<JsonNode> get(URI address) {
    HttpResponse<String> response = send(request(address).GET().build());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    return Optional.of(body(successful(response)));
  }

  /** Posts the document and returns what the service answered. */
  public JsonNode post(URI address, JsonNode document) {
    String content;
    try {
      content = JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a document built in memory could not be written as JSON", e);
    }
    HttpRequest request = request(address).header("Content-Type", mediaType)
        .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)).build();
    return body(successful(send(request)));
  }

  /** A new JSON object, for the documents callers build. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  private HttpRequest.Builder request(URI address) {
    HttpRequest.Builder request = HttpRequest.newBuilder(address).timeout(timeout).header("Accept", mediaType);
    headers.forEach(request::header);
    return request;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RemoteServiceException(service + " did not answer " + describe(request) + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteServiceException("interrupted while waiting for " + service + " to answer " + describe(request), 0);
    }
  }

  private HttpResponse<String> successful(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status / 100 == 2) {
      return response;
    }
    throw new RemoteServiceException(service + " answered " + status + " to " + describe(response.request())
        + explanation(response.body()), status);
  }

  private JsonNode body(HttpResponse<String> response) {
    if (response.body().isBlank()) {
      return JSON.missingNode();
    }
    try {
      return JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new RemoteServiceException(service + " answered " + describe(response.request()) + " with a body that is"
          + " not JSON: " + quote(response.body()), response.statusCode());
    }
  }

  private static String describe(HttpRequest request) {
    return request.method() + " " + request.uri().getRawPath()
        + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
  }

  /** What the service said about an error: SCIM's {@code detail}, an LRS's {@code message}, or the body's start. */
  private static String explanation(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try {
      JsonNode error = JSON.readTree(body);
      for (String field : new String[] {"detail", "message", "error_description", "error"}) {
        if (error.path(field).isTextual()) {
          return ": " + error.path(field).asText();
        }
      }
    } catch (JsonProcessingException notJson) {
      // a proxy's HTML page or plain text: quoted below
    }
    return ": " + quote(body);
  }

  private static String quote(String body) {
    String flat = body.strip().replaceAll("\\s+", " ");
    return flat.length() <= QUOTED_BODY ? flat : flat.substring(0, QUOTED_BODY) + "…";
  }
}
