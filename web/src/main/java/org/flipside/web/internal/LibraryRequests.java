package org.flipside.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.api.Actor;
import org.flipside.api.InvalidProcessesException;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProcessResource;

/**
 * The process library's part of the console's API, for process owners and HR admins: the versions, one version's
 * diagram with the number of instances waiting at each step, deploying files and moving running instances.
 */
final class LibraryRequests {

  private final ObjectMapper json;
  private final ProcessLibrary library;

  LibraryRequests(ObjectMapper json, ProcessLibrary library) {
    this.json = json;
    this.library = library;
  }

  /** One version's BPMN XML, with how many running instances wait at each of its steps. */
  Reply diagram(Actor actor, String definitionId) {
    ProcessResource diagram = library.diagram(actor, definitionId);
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("definitionId", definitionId);
    shown.put("resource", diagram.name());
    shown.put("xml", diagram.text());
    shown.put("runningBySteps", library.runningInstancesBySteps(actor, definitionId));
    return Reply.ok(shown);
  }

  /**
   * Deploys {@code {"name": ..., "files": [{"name": ..., "text": ...}]}}; a set with problems comes back as 400 with
   * each problem, and nothing is deployed.
   */
  Reply deploy(Actor actor, String body) {
    JsonNode request;
    try {
      request = json.readTree(body.isBlank() ? "{}" : body);
    } catch (JsonProcessingException e) {
      return Reply.error(400, "The request's body is not JSON: " + e.getOriginalMessage());
    }
    List<ProcessResource> files = new ArrayList<>();
    for (JsonNode file : request.path("files")) {
      files.add(ProcessResource.of(file.path("name").asText(""), file.path("text").asText("")));
    }
    try {
      return Reply.ok(library.deploy(actor, request.path("name").asText(""), files));
    } catch (InvalidProcessesException e) {
      return new Reply(400, Map.of("message", e.getMessage(), "problems", e.problems()));
    }
  }
}
