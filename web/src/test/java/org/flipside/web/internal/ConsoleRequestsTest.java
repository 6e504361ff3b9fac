package org.flipside.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.EvaluationDocument;
import org.flipside.api.EventAudience;
import org.flipside.api.EventKind;
import org.flipside.api.EventPlan;
import org.flipside.api.FieldError;
import org.flipside.api.InvalidProcessesException;
import org.flipside.api.Concerns;
import org.flipside.api.LearningAgreements;
import org.flipside.api.MatchReview;
import org.flipside.api.Operations;
import org.flipside.api.HealthReport;
import org.flipside.api.HealthStatus;
import org.flipside.api.Incident;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.PairSupport;
import org.flipside.api.PrivateReflections;
import org.flipside.api.Reflection;
import org.flipside.api.NotFoundException;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProgrammeEvents;
import org.flipside.api.ProcessProblem;
import org.flipside.api.ProcessResource;
import org.flipside.api.Reports;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeService;
import org.flipside.api.TaskInbox;
import org.flipside.api.ValidationException;
import org.junit.jupiter.api.Test;

class ConsoleRequestsTest {

  private static final Actor ACTOR = Actor.of("emp-1");
  /** A form with a field at the top and one inside a group, as form-js nests them. */
  private static final String FORM = """
      {"id": "f", "type": "default", "components": [
        {"id": "Field_interest", "key": "interest", "type": "radio", "label": "Would you like to take part?"},
        {"id": "Group_about", "type": "group", "components": [
          {"id": "Field_motivation", "key": "motivation", "type": "textarea"}]}]}
      """;
  private static final OpenTask TASK = new OpenTask("t-1", "Apply", "p-1", "flipside-application", FORM,
      Map.of("interest", "mentor"), Instant.parse("2027-01-04T09:00:00Z"), null);

  private final TaskInbox inbox = mock(TaskInbox.class);
  private final ProgrammeService programmes = mock(ProgrammeService.class);
  private final Reports reports = mock(Reports.class);
  private final ProcessLibrary library = mock(ProcessLibrary.class);
  private final MatchReview matchReview = mock(MatchReview.class);
  private final PrivateReflections reflections = mock(PrivateReflections.class);
  private final Concerns concerns = mock(Concerns.class);
  private final ProgrammeEvents events = mock(ProgrammeEvents.class);
  private final Operations operations = mock(Operations.class);
  private final ConsoleRequests requests = new ConsoleRequests(new ObjectMapper(),
      new Services(inbox, programmes, matchReview, reports, library, mock(LearningAgreements.class),
          reflections, concerns, mock(PairSupport.class), events, operations));

  @Test
  void aRefusedSubmissionNamesEachFieldWithTheFormJsComponentThatShowsIt() {
    when(inbox.task(ACTOR, "t-1")).thenReturn(TASK);
    doThrow(new ValidationException(List.of(new FieldError("interest", "is required"),
        new FieldError("motivation", "is too long"), new FieldError("window", "is closed"))))
        .when(inbox).complete(eq(ACTOR), eq("t-1"), anyMap());

    Reply reply = requests.answer("POST", "tasks/t-1/complete", ACTOR, "{\"data\": {\"motivation\": \"x\"}}");

    assertThat(reply.status()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) ((Map<String, Object>) reply.body()).get("errors");
    assertThat(errors).extracting(error -> error.get("field"), error -> error.get("component"))
        .containsExactly(tuple("interest", "Field_interest"),
            tuple("motivation", "Field_motivation"),
            tuple("window", null));
  }

  @Test
  void theSubmittedValuesReachTheInboxAsTheyWereSent() {
    Reply reply = requests.answer("POST", "tasks/t-1/complete", ACTOR,
        "{\"data\": {\"interest\": \"mentor\", \"mentorCapacity\": 2, \"availability\": [\"mornings\"]}}");

    assertThat(reply.status()).isEqualTo(204);
    verify(inbox).complete(ACTOR, "t-1", Map.of("interest", "mentor", "mentorCapacity", 2,
        "availability", List.of("mornings")));
  }

  @Test
  void aBodyThatIsNotAnObjectOfValuesIsRefusedNamingDataAndChangesNothing() {
    assertThat(requests.answer("POST", "tasks/t-1/complete", ACTOR, "{\"data\": [1]}").body().toString())
        .contains("data:");
    assertThat(requests.answer("POST", "tasks/t-1/complete", ACTOR, "{not json").status()).isEqualTo(400);
    verify(inbox, never()).complete(any(), any(), anyMap());
  }

  @Test
  void flipsidesRefusalsBecomeHttpStatusesWithFlipsidesWords() {
    when(inbox.task(ACTOR, "other")).thenThrow(new AccessDeniedException("not your task"));
    when(inbox.task(ACTOR, "gone")).thenThrow(new NotFoundException("no open task gone"));

    assertThat(requests.answer("GET", "tasks/other", ACTOR, "")).isEqualTo(Reply.error(403, "not your task"));
    assertThat(requests.answer("GET", "tasks/gone", ACTOR, "")).isEqualTo(Reply.error(404, "no open task gone"));
    assertThat(requests.answer("DELETE", "tasks/t-1", ACTOR, "").status()).isEqualTo(404);
    assertThat(requests.answer("GET", "tasks//complete", ACTOR, "").status()).isEqualTo(404);
  }

  @Test
  void aTaskComesWithItsFormAsJsonAndItsData() {
    when(inbox.task(ACTOR, "t-1")).thenReturn(TASK);

    @SuppressWarnings("unchecked")
    Map<String, Object> task = (Map<String, Object>) requests.answer("GET", "tasks/t-1", ACTOR, "").body();

    assertThat(task).containsEntry("id", "t-1").containsEntry("data", Map.of("interest", "mentor"));
    assertThat(task.get("form").toString()).contains("Field_interest");
    assertThat(task.get("form")).isInstanceOf(JsonNode.class);
  }

  @Test
  void theReportIsHandedOverAsItIsUnderAPolicyWithoutScriptAndThePdfAsADownload() {
    when(reports.evaluationReport(ACTOR, "p-1")).thenReturn(new EvaluationDocument("p-1", 1, "Six answered",
        "<html><body>Report</body></html>", new byte[] {'%', 'P', 'D', 'F'}, Instant.parse("2027-05-03T09:00:00Z")));

    Reply.Document html = (Reply.Document) requests.answer("GET", "programmes/p-1/report.html", ACTOR, "").body();
    Reply.Document pdf = (Reply.Document) requests.answer("GET", "programmes/p-1/report.pdf", ACTOR, "").body();

    assertThat(html.contentType()).startsWith("text/html");
    assertThat(html.fileName()).isNull();
    assertThat(html.policy()).contains("sandbox").doesNotContain("script-src");
    assertThat(new String(html.content(), java.nio.charset.StandardCharsets.UTF_8)).contains("Report");
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.fileName()).isEqualTo("evaluation-cohort-1.pdf");
    assertThat(requests.answer("GET", "programmes/p-1/report", ACTOR, "").body().toString())
        .contains("Six answered");
  }

  @Test
  void aDeploymentWithProblemsComesBackAs400NamingEachAndTheFilesReachTheLibraryAsSent() {
    when(library.deploy(eq(ACTOR), eq("mine"), anyList())).thenThrow(new InvalidProcessesException(List.of(
        ProcessProblem.of("pair-journey.bpmn", "Task_1", "has no form"))));

    Reply reply = requests.answer("POST", "processes", ACTOR,
        "{\"name\": \"mine\", \"files\": [{\"name\": \"pair-journey.bpmn\", \"text\": \"<xml/>\"}]}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().toString()).contains("Task_1", "has no form");
    verify(library).deploy(ACTOR, "mine", List.of(ProcessResource.of("pair-journey.bpmn", "<xml/>")));
  }

  @Test
  void aReflectionOrConcernWithoutItsTextIsRefusedNamingTheFieldAndWrittenAsSentOtherwise() {
    Reflection written = new Reflection("r-1", "pair-1", Instant.parse("2027-03-01T09:00:00Z"), "I listened more");
    when(reflections.write(ACTOR, "pair-1", "I listened more")).thenReturn(written);

    assertThat(requests.answer("POST", "pairings/pair-1/reflections", ACTOR, "{\"text\": \"I listened more\"}"))
        .isEqualTo(new Reply(201, written));
    assertThat(requests.answer("POST", "pairings/pair-1/reflections", ACTOR, "{\"text\": 7}"))
        .isEqualTo(Reply.error(400, new ValidationException(List.of(new FieldError("text",
            "send it as text, {\"text\": \"...\"}"))).getMessage()));
    assertThat(requests.answer("POST", "programmes/p-1/concerns", ACTOR, "not json").status()).isEqualTo(400);
    verify(concerns, never()).raise(any(), any(), any());
  }

  @Test
  void everyRouteIsFoundFromItsOwnPathAndNothingElseIs() {
    for (Route route : Route.values()) {
      assertThat(Route.of(route.method(), List.of(route.pathFor("x-1").split("/", -1)))).contains(route);
    }
    assertThat(requests.answer("GET", "pairings/x-1/reflections/more", ACTOR, "").status()).isEqualTo(404);
  }

  @Test
  void theMatchReviewsExceptionsReachTheApiAsSentOrAreRefusedNamingTheField() {
    assertThat(requests.answer("POST", "programmes/p-1/allowed-pairs", ACTOR, """
        {"mentorEmployeeId": "e-7", "menteeEmployeeId": "e-9", "reason": "Different directorates since May"}
        """).status()).isEqualTo(204);
    verify(matchReview).allowPair(ACTOR, "p-1", "e-7", "e-9", "Different directorates since May");

    assertThat(requests.answer("POST", "programmes/p-1/line-chain", ACTOR,
        "{\"levels\": 2, \"topOfOrganisationMatchable\": true}").status()).isEqualTo(204);
    verify(matchReview).limitLineChain(ACTOR, "p-1", 2, true);

    Reply refused = requests.answer("POST", "programmes/p-1/line-chain", ACTOR,
        "{\"levels\": \"two\", \"topOfOrganisationMatchable\": true}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().toString()).contains("levels");
    assertThat(requests.answer("POST", "programmes/p-1/allowed-pairs", ACTOR, "[]").body().toString())
        .contains("body");
    verify(matchReview).limitLineChain(any(), any(), anyInt(), anyBoolean());
  }

  @Test
  void anEventIsPlannedAsSentAndABadKindOrTimeIsRefusedNamingTheField() {
    assertThat(requests.answer("POST", "programmes/p-1/events", ACTOR, """
        {"kind": "FEEDBACK_SESSION", "title": "September feedback", "start": "2027-09-07T10:00:00Z",
         "end": "2027-09-07T11:30:00Z", "place": "Room 4", "agenda": "How it went", "audience": "EVERYONE"}
        """).status()).isEqualTo(201);
    verify(events).plan(ACTOR, "p-1", new EventPlan(EventKind.FEEDBACK_SESSION, "September feedback",
        Instant.parse("2027-09-07T10:00:00Z"), Instant.parse("2027-09-07T11:30:00Z"), "Room 4", List.of(), List.of(),
        "How it went", EventAudience.EVERYONE, List.of()));

    Reply badKind = requests.answer("POST", "programmes/p-1/events", ACTOR, """
        {"kind": "PARTY", "title": "t", "start": "2027-09-07T10:00:00Z", "end": "2027-09-07T11:00:00Z",
         "place": "p", "audience": "EVERYONE"}
        """);
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.body().toString()).contains("kind", "PARTY");
    Reply badTime = requests.answer("POST", "events/e-1/move", ACTOR, "{\"start\": \"tomorrow\", \"end\": \"x\"}");
    assertThat(badTime.body().toString()).contains("start");
    verify(events, never()).move(any(), any(), any(), any(), any());
  }

  @Test
  void operationsShowTheHealthOnlyToWhoeverMaySeeTheFailedStepsAndARetrySaysWhetherItWorked() {
    HealthReport health = new HealthReport(HealthStatus.DEGRADED, Instant.parse("2027-03-26T09:00:00Z"), List.of());
    Incident failed = new Incident("i-1", "p-1", "Session due soon", Instant.parse("2027-03-26T09:00:00Z"),
        "The host's directory failed while the step ran; retry it once the directory answers again.");
    when(operations.health()).thenReturn(health);
    when(operations.incidents(ACTOR)).thenReturn(List.of(failed));
    when(operations.retry(ACTOR, "i-1")).thenReturn(true);

    assertThat(requests.answer("GET", "operations", ACTOR, ""))
        .isEqualTo(Reply.ok(Map.of("health", health, "incidents", List.of(failed))));
    assertThat(requests.answer("POST", "incidents/i-1/retry", ACTOR, ""))
        .isEqualTo(Reply.ok(Map.of("succeeded", true)));

    Actor stranger = Actor.of("e-99");
    when(operations.incidents(stranger)).thenThrow(new AccessDeniedException("only HR admins see the steps that failed"));
    assertThat(requests.answer("GET", "operations", stranger, "").status()).isEqualTo(403);
    verify(operations, times(1)).health();
  }
}
