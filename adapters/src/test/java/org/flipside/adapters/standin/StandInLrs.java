package org.flipside.adapters.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learning record store in miniature (xAPI 1.0.3) under {@value #PATH}: {@code POST statements} with Basic
 * authentication and the version header; it keeps each statement once, by id, and answers 409 Conflict to a second
 * statement under an id it holds, as the specification allows.
 */
public final class StandInLrs extends StandInServer {

  public static final String PATH = "/xapi";

  private final Map<String, JsonNode> statements = new LinkedHashMap<>();
  private boolean loseNextAnswer;

  /** An LRS that accepts this user and password. */
  public StandInLrs(String username, String password) {
    super("Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** The endpoint a client configures. */
  public String endpoint() {
    return address(PATH + "/").toString();
  }

  /** The statements the LRS holds, in the order it took them. */
  public synchronized List<JsonNode> statements() {
    return List.copyOf(statements.values());
  }

  /** The LRS takes the next statement but its answer goes missing (a 504 from a proxy in front of it). */
  public synchronized void loseNextAnswer() {
    loseNextAnswer = true;
  }

  @Override
  protected synchronized Reply answer(Request request) {
    if (!request.method().equals("POST") || !request.path().equals(PATH + "/statements")) {
      return new Reply(405, error(405, "only POST " + PATH + "/statements"));
    }
    if (!"1.0.3".equals(request.headers().get("x-experience-api-version"))) {
      return new Reply(400, error(400, "X-Experience-API-Version header missing or not 1.0.3"));
    }
    if (!"application/json".equals(request.headers().get("content-type"))) {
      return new Reply(400, error(400, "Content-Type must be application/json"));
    }
    JsonNode statement = request.json();
    String id = statement.path("id").asText();
    if (statements.containsKey(id)) {
      return new Reply(409, error(409, "a statement with id " + id + " is already stored"));
    }
    statements.put(id, statement);
    if (loseNextAnswer) {
      loseNextAnswer = false;
      return new Reply(504, "");
    }
    return new Reply(200, "[\"" + id + "\"]");
  }

  @Override
  protected String error(int status, String detail) {
    ObjectNode error = object();
    error.put("error", true);
    error.put("message", detail);
    error.put("code", status);
    return text(error);
  }
}
