package org.flipside.internal.modeler;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.InvalidProcessesException;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProcessResource;
import org.flipside.api.ValidationException;
import org.flipside.spi.CallerAuthenticator;

/**
 * What Camunda Modeler asks of a Camunda 7 REST endpoint when it deploys, answered from Flipside's process library:
 * the connection check ({@code GET /deployment?maxResults=0}) and the deployment ({@code POST /deployment/create}).
 * Free of the servlet API, which only carries the requests here.
 */
final class ModelerRequests {

  /** The multipart fields of {@code /deployment/create} that are not files. */
  static final List<String> FIELDS = List.of("deployment-name", "deployment-source", "deploy-changed-only",
      "enable-duplicate-filtering", "deployment-activation-time", "tenant-id");

  private final ProcessLibrary library;
  private final CallerAuthenticator authenticator;

  ModelerRequests(ProcessLibrary library, CallerAuthenticator authenticator) {
    this.library = library;
    this.authenticator = authenticator;
  }

  /** Modeler's connection check: the credentials name a process owner or HR admin. */
  Reply checkConnection(Map<String, List<String>> headers) {
    return asCaller(headers, actor -> {
      library.versions(actor);
      return Reply.ok(List.of());
    });
  }

  /**
   * A deployment: every file validated, and only a set without problems deployed. Changed files only are
   * deployed, whatever {@code deploy-changed-only} says: an unchanged diagram must not start a new version.
   */
  Reply create(Map<String, List<String>> headers, Map<String, String> fields, List<ProcessResource> files) {
    return asCaller(headers, actor -> {
      String tenant = fields.get("tenant-id");
      if (tenant != null && !tenant.isBlank()) {
        return Reply.error(400, "InvalidRequestException",
            "tenant-id: Flipside has no tenants; leave the tenant id empty");
      }
      try {
        return Reply.ok(CamundaJson.deployment(
            library.deploy(actor, fields.get("deployment-name"), files), fields.get("deployment-source")));
      } catch (InvalidProcessesException e) {
        return new Reply(400, CamundaJson.parseError(e.problems()), Map.of());
      } catch (ValidationException e) {
        return Reply.error(400, "InvalidRequestException", e.getMessage());
      }
    });
  }

  private Reply asCaller(Map<String, List<String>> headers, Function<Actor, Reply> call) {
    Optional<String> employeeId = authenticator.employeeIdOf(headers);
    if (employeeId.isEmpty() || employeeId.get().isBlank()) {
      return new Reply(401, CamundaJson.error("AuthenticationException",
          "the request does not say which employee sends it"), Map.of("WWW-Authenticate", "Basic realm=\"Flipside\""));
    }
    try {
      return call.apply(Actor.of(employeeId.get()));
    } catch (AccessDeniedException e) {
      return Reply.error(403, "AuthorizationException", e.getMessage());
    }
  }
}
