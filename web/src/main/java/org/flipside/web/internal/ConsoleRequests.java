package org.flipside.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.FieldError;
import org.flipside.api.FlipsideException;
import org.flipside.api.Incident;
import org.flipside.api.NotFoundException;
import org.flipside.api.EvaluationDocument;
import org.flipside.api.EventAudience;
import org.flipside.api.EventKind;
import org.flipside.api.EventPlan;
import org.flipside.api.OpenTask;
import org.flipside.api.TaskSummary;
import org.flipside.api.ValidationException;

/**
 * The console's JSON API, answered from Flipside's public API as the signed-in employee, so the API's own access
 * rules decide what they see and do. Free of the servlet API, which only carries the requests here.
 *
 * <pre>
 * GET  me                          the signed-in employee
 * GET  tasks                       the employee's open tasks
 * GET  tasks/{id}                  one task with its form (form-js JSON) and data
 * POST tasks/{id}/complete         {"data": {...}}: completes it, or 400 with each bad field and its form-js component
 * GET  programmes                  the programmes the employee may see
 * GET  programmes/{id}             one programme's status
 * GET  programmes/{id}/timeline    what happened in it, in order
 * GET  programmes/{id}/matches     the match review: each pair with its reasons, the unmatched and why
 * GET  programmes/{id}/report      the evaluation report's headline; report.html and report.pdf the report itself
 * POST programmes/{id}/line-chain  {"levels": n, "topOfOrganisationMatchable": b}: limits the line-management rule
 * POST programmes/{id}/allowed-pairs {"mentorEmployeeId", "menteeEmployeeId", "reason"}: allows a pair a rule forbids
 * GET  programmes/{id}/events      the events planned for the programme's cohort, cancelled ones too
 * POST programmes/{id}/events      {"kind", "title", "start", "end", "place", "agenda", "audience"}: plans one
 * GET  programmes/{id}/attendance  who came to each event, as its register says
 * POST events/{id}/move            {"start", "end", "place"}: moves it, updating everyone's calendar
 * POST events/{id}/cancel          cancels it, removing it from everyone's calendar
 * POST programmes/{id}/concerns    {"summary": ...}: a participant raises a concern with the programme's EDI leads
 * GET  concerns                    the concerns the employee raised, with how far each has got
 * GET  pairings                    the employee's pairings
 * GET  pairings/{id}/agreement     the pair's learning agreement, every version
 * GET  pairings/{id}/reflections   the employee's own private reflections on the pairing
 * POST pairings/{id}/reflections   {"text": ...}: writes one
 * POST pairings/{id}/support       {"note": ...}: tells the programme manager the pair needs support
 * POST pairings/{id}/coaching      {"note": ...}: asks the programme's coaches for coaching
 * GET  processes                   every version of every process in the library
 * POST processes                   {"name": ..., "files": [{"name": ..., "text": ...}]}: deploys what changed
 * GET  processes/{id}              one version's BPMN XML with the running instances at each step
 * GET  processes/{id}/migration    which running instances could move to this version
 * POST processes/{id}/migration    moves them
 * GET  operations                  Flipside's health and the steps that failed, for HR admins
 * POST incidents/{id}/retry        runs a failed step's work again: {"succeeded": b}
 * </pre>
 *
 * <p>The match review's decisions (lock, rule out, propose again, publish), the applications' review and the
 * workshops' registers are the programme manager's tasks: they are completed through {@code tasks/{id}/complete},
 * with the form Flipside gives, as {@link org.flipside.api.MatchReview} says.
 */
final class ConsoleRequests {

  private final ObjectMapper json;
  private final Services api;
  private final LibraryRequests library;

  ConsoleRequests(ObjectMapper json, Services api) {
    this.json = json;
    this.api = api;
    this.library = new LibraryRequests(json, api.library());
  }

  /**
   * Answers one request.
   *
   * @param method the HTTP method
   * @param path the path below the API's root, without a leading slash
   * @param actor the signed-in employee
   * @param body the request's body, empty when it has none
   */
  Reply answer(String method, String path, Actor actor, String body) {
    List<String> parts = List.of(path.split("/", -1));
    Optional<Route> route = Route.of(method, parts);
    if (route.isEmpty()) {
      return Reply.error(404, "The console's API has no " + method + " " + path);
    }
    String id = parts.size() > 1 ? parts.get(1) : "";
    return guarded(() -> switch (route.get()) {
      case ME -> Reply.ok(Map.of("employeeId", actor.employeeId()));
      case TASKS -> Reply.ok(api.inbox().listTasks(actor, 0, Integer.MAX_VALUE).stream()
          .map(ConsoleRequests::summary).toList());
      case TASK -> Reply.ok(detail(api.inbox().task(actor, id)));
      case COMPLETE_TASK -> complete(actor, id, body);
      case PROGRAMMES -> Reply.ok(api.programmes().programmes(actor));
      case PROGRAMME -> Reply.ok(api.programmes().status(actor, id));
      case TIMELINE -> Reply.ok(api.programmes().timeline(actor, id));
      case MATCHES -> Reply.ok(api.matchReview().matches(actor, id));
      case REPORT -> Reply.ok(headline(api.reports().evaluationReport(actor, id)));
      case REPORT_HTML -> Reply.ok(new Reply.Document("text/html; charset=UTF-8",
          api.reports().evaluationReport(actor, id).html().getBytes(StandardCharsets.UTF_8), null,
          Console.REPORT_POLICY));
      case REPORT_PDF -> pdf(api.reports().evaluationReport(actor, id));
      case EVENTS -> Reply.ok(api.events().events(actor, id));
      case PLAN_EVENT -> Reply.created(api.events().plan(actor, id, plan(object(body))));
      case ATTENDANCE -> Reply.ok(api.events().attendance(actor, id));
      case MOVE_EVENT -> {
        JsonNode move = object(body);
        yield Reply.ok(api.events().move(actor, id, instant(move, "start"), instant(move, "end"),
            move.hasNonNull("place") ? text(move, "place") : null));
      }
      case CANCEL_EVENT -> Reply.ok(api.events().cancel(actor, id));
      case CONCERNS_RAISED -> Reply.ok(api.concerns().raisedBy(actor));
      case RAISE_CONCERN -> Reply.created(api.concerns().raise(actor, id, text(object(body), "summary")));
      case PAIRINGS -> Reply.ok(api.agreements().partnerships(actor));
      case AGREEMENT -> Reply.ok(api.agreements().versions(actor, id));
      case REFLECTIONS -> Reply.ok(api.reflections().mine(actor, id));
      case WRITE_REFLECTION -> Reply.created(api.reflections().write(actor, id, text(object(body), "text")));
      case ASK_FOR_SUPPORT -> {
        api.pairSupport().saySupportNeeded(actor, id, text(object(body), "note"));
        yield Reply.noContent();
      }
      case ASK_FOR_COACHING -> {
        api.pairSupport().askForCoaching(actor, id, text(object(body), "note"));
        yield Reply.noContent();
      }
      case LIMIT_LINE_CHAIN -> {
        JsonNode limit = object(body);
        api.matchReview().limitLineChain(actor, id, number(limit, "levels"), flag(limit, "topOfOrganisationMatchable"));
        yield Reply.noContent();
      }
      case ALLOW_PAIR -> {
        JsonNode pair = object(body);
        api.matchReview().allowPair(actor, id, text(pair, "mentorEmployeeId"), text(pair, "menteeEmployeeId"),
            text(pair, "reason"));
        yield Reply.noContent();
      }
      case PROCESSES -> Reply.ok(api.library().versions(actor));
      case DEPLOY -> library.deploy(actor, body);
      case PROCESS -> library.diagram(actor, id);
      case MIGRATION_PREVIEW -> Reply.ok(api.library().previewMigration(actor, id));
      case MIGRATE -> Reply.ok(api.library().migrate(actor, id));
      case OPERATIONS -> operations(actor);
      case RETRY_INCIDENT -> Reply.ok(Map.of("succeeded", api.operations().retry(actor, id)));
    });
  }

  /**
   * The health report beside the failed steps. The health check itself asks for no one (a host polls it), so the
   * incidents, which only HR admins may see, decide who sees both.
   */
  private Reply operations(Actor actor) {
    List<Incident> incidents = api.operations().incidents(actor);
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("health", api.operations().health());
    shown.put("incidents", incidents);
    return Reply.ok(shown);
  }

  /** The request's body as a JSON object; anything else is refused, naming the body. */
  private JsonNode object(String body) {
    try {
      JsonNode object = json.readTree(body.isBlank() ? "{}" : body);
      if (object.isObject()) {
        return object;
      }
    } catch (JsonProcessingException e) {
      // refused below, in Flipside's words rather than the parser's
    }
    throw ValidationException.of("body", "send a JSON object, {\"field\": value, ...}");
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.path(field);
    if (!value.isTextual()) {
      throw ValidationException.of(field, "send it as text, {\"" + field + "\": \"...\"}");
    }
    return value.asText();
  }

  /** An event the console plans: for its cohort as a whole or one side, with no facilitators or guests yet. */
  private static EventPlan plan(JsonNode body) {
    return new EventPlan(choice(body, "kind", EventKind.class), text(body, "title"), instant(body, "start"),
        instant(body, "end"), text(body, "place"), List.of(), List.of(),
        body.hasNonNull("agenda") ? text(body, "agenda") : "", choice(body, "audience", EventAudience.class),
        List.of());
  }

  private static Instant instant(JsonNode body, String field) {
    try {
      return Instant.parse(text(body, field));
    } catch (DateTimeParseException e) {
      throw ValidationException.of(field, "send it as an instant, such as \"2027-03-01T10:00:00Z\"");
    }
  }

  private static <E extends Enum<E>> E choice(JsonNode body, String field, Class<E> choices) {
    String value = text(body, field);
    return Arrays.stream(choices.getEnumConstants()).filter(choice -> choice.name().equals(value)).findFirst()
        .orElseThrow(() -> ValidationException.of(field, "must be one of "
            + Arrays.toString(choices.getEnumConstants()) + ", not '" + value + "'"));
  }

  private static int number(JsonNode body, String field) {
    JsonNode value = body.path(field);
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw ValidationException.of(field, "send it as a whole number, {\"" + field + "\": 2}");
    }
    return value.asInt();
  }

  private static boolean flag(JsonNode body, String field) {
    JsonNode value = body.path(field);
    if (!value.isBoolean()) {
      throw ValidationException.of(field, "send it as true or false, {\"" + field + "\": true}");
    }
    return value.asBoolean();
  }

  private Reply complete(Actor actor, String taskId, String body) {
    Map<String, Object> data;
    try {
      JsonNode submitted = json.readTree(body.isBlank() ? "{}" : body).path("data");
      if (!submitted.isObject()) {
        return Reply.error(400, "data: send the form's values as a JSON object, {\"data\": {...}}");
      }
      data = json.convertValue(submitted, json.getTypeFactory().constructMapType(Map.class, String.class,
          Object.class));
    } catch (JsonProcessingException e) {
      return Reply.error(400, "The request's body is not JSON: " + e.getOriginalMessage());
    }
    try {
      api.inbox().complete(actor, taskId, data);
      return Reply.noContent();
    } catch (ValidationException e) {
      FormComponents components = new FormComponents(form(api.inbox().task(actor, taskId)));
      return new Reply(400, Map.of("message", e.getMessage(),
          "errors", e.errors().stream().map(error -> fieldError(error, components)).toList()));
    }
  }

  private static Map<String, Object> headline(EvaluationDocument report) {
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("cohortNumber", report.cohortNumber());
    shown.put("headline", report.headline());
    shown.put("compiledAt", report.compiledAt());
    return shown;
  }

  private static Reply pdf(EvaluationDocument report) {
    return Reply.ok(new Reply.Document("application/pdf", report.pdf(),
        "evaluation-cohort-" + report.cohortNumber() + ".pdf", Console.REPORT_POLICY));
  }

  private static Map<String, Object> fieldError(FieldError error, FormComponents components) {
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("field", error.field());
    shown.put("component", components.idOf(error.field()).orElse(null));
    shown.put("problem", error.problem());
    return shown;
  }

  private static Map<String, Object> summary(TaskSummary task) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("id", task.id());
    summary.put("name", task.name());
    summary.put("programmeId", task.programmeId());
    summary.put("formId", task.formId());
    summary.put("createdAt", task.createdAt());
    summary.put("dueAt", task.dueAt());
    return summary;
  }

  private Map<String, Object> detail(OpenTask task) {
    Map<String, Object> detail = summary(task.summary());
    detail.put("form", form(task));
    detail.put("data", task.data());
    return detail;
  }

  private JsonNode form(OpenTask task) {
    try {
      return json.readTree(task.formJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the form " + task.formId() + " is not JSON", e);
    }
  }

  /** Flipside's refusals as HTTP statuses, with Flipside's own words; nothing else reaches the browser. */
  private static Reply guarded(Supplier<Reply> call) {
    try {
      return call.get();
    } catch (AccessDeniedException e) {
      return Reply.error(403, e.getMessage());
    } catch (NotFoundException e) {
      return Reply.error(404, e.getMessage());
    } catch (ValidationException e) {
      return Reply.error(400, e.getMessage());
    } catch (FlipsideException e) {
      return Reply.error(409, e.getMessage());
    }
  }
}
