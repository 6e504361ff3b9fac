package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flipside.api.Actor;
import org.flipside.api.AuditAction;
import org.flipside.api.AuditEntry;
import org.flipside.api.MatchOverview;
import org.flipside.api.MatchedPair;
import org.flipside.api.ConcernView;
import org.flipside.api.EventAudience;
import org.flipside.api.EventKind;
import org.flipside.api.EventPlan;
import org.flipside.api.HealthStatus;
import org.flipside.api.Incident;
import org.flipside.api.OpenTask;
import org.flipside.api.Partnership;
import org.flipside.api.PlannedEvent;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.Reflection;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.sandbox.host.FelixHost;
import org.flipside.web.internal.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console's bundle and the sandbox's sign-in in Felix with an HTTP service, on one pilot followed through its
 * stages, in order (the public API moves it on between the browser's steps). Every JSON endpoint answers as the
 * API's access rules say and refuses a forged request; an invitee applies in a real browser (Flipside's application
 * form rendered by form-js, a missing answer and a server-side refusal — a colleague picked who has since left —
 * each shown on its own field, the protected characteristic asked for only with consent); the HR admin follows the
 * programme, reviews the applications and publishes the match from the programme's page; the mentor confirms the
 * learning agreement and logs a session; the HR admin retries, from the operations page, the steps that failed while
 * the directory was down; the sponsor reads the report; a process owner reads the process library's
 * diagrams with their running instances. Every page passes axe-core and the browser refuses nothing under its
 * content security policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebConsoleInChromiumTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private FlipsideHost host;
  private String base;
  private String programmeId;
  /** The mentor who confirms the agreement and logs a session in the browser. */
  private String mentor;

  @BeforeAll
  void start() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    host = new FlipsideHost(TestDatabase.h2(), settings -> FelixHost.serving(settings, port).flipside());
    base = "http://127.0.0.1:" + port;
    assertThat(host.invitedToANewPilot()).contains(TestOrganisation.FINANCE_1, TestOrganisation.OPS_1,
        TestOrganisation.OPS_2);
    programmeId = host.task(TestOrganisation.OPS_1, Forms.APPLICATION).programmeId();
  }

  @AfterAll
  void stop() {
    host.close();
  }

  @Test
  @Order(2)
  void anInviteeAppliesAndSeesEachProblemOnItsField() throws IOException {
    OpenTask application = host.task(TestOrganisation.FINANCE_1, Forms.APPLICATION);
    try (Chromium chromium = new Chromium()) {
      appliesInTheBrowser(chromium, application);
    }
  }

  private void appliesInTheBrowser(Chromium chromium, OpenTask application) throws IOException {

    chromium.driver.get(base + FelixHost.CONSOLE_PATH);
    chromium.await(By.id("employee"));
    chromium.screenshot("1-sandbox-sign-in");
    chromium.assertAccessibleAndNothingRefused("the sandbox's sign-in");
    new Select(chromium.driver.findElement(By.id("employee"))).selectByValue(TestOrganisation.FINANCE_1);
    chromium.driver.findElement(By.cssSelector("form button[type=submit]")).click();

    WebElement task = chromium.await(By.linkText(application.name()));
    chromium.awaitText(By.id("who"), TestOrganisation.FINANCE_1);
    chromium.screenshot("2-inbox");
    chromium.assertAccessibleAndNothingRefused("the inbox");
    task.click();

    chromium.await(By.cssSelector("#form .fjs-form"));
    chromium.awaitText(By.id("title"), application.name());
    chromium.screenshot("3-application");
    chromium.assertAccessibleAndNothingRefused("the application task");

    chromium.await(By.id("submit")).click();
    WebElement interestError = chromium.await(errorOn("Field_interest"));
    assertThat(interestError.getText()).isNotBlank();
    chromium.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", interestError);
    chromium.screenshot("4-application-missing-answer");
    chromium.assertAccessibleAndNothingRefused("the application task with a missing answer");

    // the form asks for the protected characteristic only with consent, and the server decides by the same rule
    chromium.driver.findElement(By.xpath("//label[normalize-space()='" + optionLabel(application, "interest",
        "mentor") + "']")).click();
    assertThat(chromium.driver.findElements(inputOf("Field_protectedCharacteristic"))).as("hidden without consent")
        .isEmpty();
    chromium.driver.findElement(inputOf("Field_consentToProtectedData")).click();
    chromium.await(inputOf("Field_protectedCharacteristic")).sendKeys("Black British");

    // colleagues are picked by name; one who leaves before the answer is sent is refused by the server, on its field
    chromium.driver.findElement(inputOf("Field_declaredConflicts")).sendKeys(TestOrganisation.MGR_OPS);
    chromium.await(By.cssSelector(".fjs-dropdownlist-item")).click();
    host.organisation.leave(TestOrganisation.MGR_OPS);
    chromium.driver.findElement(By.id("submit")).click();
    WebElement serverError = chromium.await(errorOn("Field_declaredConflicts"));
    assertThat(serverError.getText()).contains(TestOrganisation.MGR_OPS);
    chromium.awaitText(By.id("problem-list"), serverError.getText());
    chromium.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", serverError);
    assertThat(host.tasks(TestOrganisation.FINANCE_1, Forms.APPLICATION)).hasSize(1);
    chromium.screenshot("5-application-refused-by-the-server");
    chromium.assertAccessibleAndNothingRefused("the application task the server refused");

    chromium.driver.findElement(By.cssSelector(".fjs-taglist-tag-remove")).click();
    chromium.driver.findElement(By.id("submit")).click();
    chromium.awaitText(By.id("done"), application.name());
    assertThat(chromium.driver.findElements(By.linkText(application.name()))).isEmpty();
    assertThat(host.tasks(TestOrganisation.FINANCE_1, Forms.APPLICATION)).isEmpty();
    assertThat(host.database.count("fs_application", "employee_id = '" + TestOrganisation.FINANCE_1
        + "' AND protected_characteristic = 'Black British'")).isEqualTo(1);
    chromium.screenshot("6-inbox-after-applying");
    chromium.assertAccessibleAndNothingRefused("the inbox after applying");
  }

  @Test
  @Order(3)
  void anHrAdminFollowsTheProgrammeFromItsFiguresToItsTimeline() throws IOException {
    ProgrammeStatus status = host.flipside.programmes().status(Actor.of(TestOrganisation.HR), programmeId);
    try (Chromium chromium = new Chromium()) {
      chromium.driver.get(base + FelixHost.CONSOLE_PATH + "programmes");
      new Select(chromium.await(By.id("employee"))).selectByValue(TestOrganisation.HR);
      chromium.driver.findElement(By.cssSelector("form button[type=submit]")).click();

      chromium.await(By.linkText(status.name())).click();
      chromium.awaitText(By.id("stage"), "Recruitment");
      chromium.awaitText(By.id("figures"), "Applications");
      assertThat(chromium.driver.findElements(By.cssSelector("#timeline h3"))).extracting(WebElement::getText)
          .containsExactly("Pilot scoping", "Recruitment");
      chromium.screenshot("7-programme");
      chromium.assertAccessibleAndNothingRefused("the programme");
    }
  }

  @Test
  @Order(1)
  void everyEndpointAnswersAsTheApisAccessRulesSayAndRefusesAForgedRequest() throws Exception {
    String taskId = host.task(TestOrganisation.OPS_1, Forms.APPLICATION).id();
    Session nobody = new Session(null, null);
    Session applicant = signIn(TestOrganisation.OPS_1);
    Session colleague = signIn(TestOrganisation.OPS_2);
    Session hr = signIn(TestOrganisation.HR);

    HttpResponse<String> anonymous = call(nobody, "GET", "tasks", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(anonymous.body()).path("signIn").asText()).startsWith("/sandbox/sign-in?returnTo=");

    assertThat(ids(call(applicant, "GET", "tasks", null))).contains(taskId);
    assertThat(ids(call(colleague, "GET", "tasks", null))).doesNotContain(taskId);
    String definitionId = host.flipside.processLibrary().versions(Actor.of(TestOrganisation.HR)).get(0)
        .definitionId();
    // every route as someone it does not concern: another employee's task, a programme or the process library
    // the applicant has no part in; the pairings' routes on the pair's page, once there is a pair
    String eventId = host.flipside.events().plan(Actor.of(TestOrganisation.HR), programmeId, new EventPlan(
        EventKind.KNOWLEDGE_SESSION, "Allyship", host.clock.instant().plus(Duration.ofDays(60)),
        host.clock.instant().plus(Duration.ofDays(60)).plus(Duration.ofHours(1)), "Online", List.of(), List.of(), "",
        EventAudience.EVERYONE, List.of())).id();
    Map<Route.Subject, Session> wrongPerson = Map.of(Route.Subject.TASK, colleague,
        Route.Subject.PROGRAMME, applicant, Route.Subject.LIBRARY, applicant, Route.Subject.PROCESS, applicant,
        Route.Subject.EVENT, applicant, Route.Subject.OPERATIONS, applicant);
    Map<Route.Subject, String> subject = Map.of(Route.Subject.TASK, taskId, Route.Subject.PROGRAMME, programmeId,
        Route.Subject.LIBRARY, "", Route.Subject.PROCESS, definitionId, Route.Subject.EVENT, eventId,
        Route.Subject.OPERATIONS, "no-such-incident");
    for (Route route : Route.values()) {
      if (wrongPerson.containsKey(route.subject())) {
        assertRefused(wrongPerson.get(route.subject()), route, subject.get(route.subject()));
      }
    }
    for (String page : List.of("", "task", "programmes", "programme", "library", "process", "pairings",
        "operations")) {
      HttpResponse<String> shown = http.send(HttpRequest.newBuilder(URI.create(base + FelixHost.CONSOLE_PATH + page))
          .header("Cookie", "flipside-sandbox-session=" + applicant.session()).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(shown.statusCode()).as(page).isEqualTo(200);
      assertThat(shown.headers().firstValue("Content-Security-Policy")).as(page).get().asString()
          .contains("default-src 'none'", "script-src 'self'").doesNotContain("unsafe");
      assertThat(shown.body()).as(page).doesNotContain("<script>", "style=\"");
    }
    assertThat(ids(call(applicant, "GET", "programmes", null))).doesNotContain(programmeId);

    HttpResponse<String> read = call(applicant, "GET", "tasks/" + taskId, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(read.body()).path("form").path("components").isArray()).isTrue();

    Session forged = new Session(applicant.session(), applicant.csrf(), "not-the-page-token");
    assertThat(call(forged, "POST", "tasks/" + taskId + "/complete", "{\"data\": {\"interest\": \"none\"}}")
        .statusCode()).isEqualTo(403);
    assertThat(call(new Session(applicant.session(), applicant.csrf(), null), "POST", "tasks/" + taskId + "/complete",
        "{\"data\": {\"interest\": \"none\"}}").statusCode()).isEqualTo(403);

    HttpResponse<String> missing = call(applicant, "POST", "tasks/" + taskId + "/complete", "{\"data\": {}}");
    assertThat(missing.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(missing.body()).path("errors").get(0);
    assertThat(error.path("field").asText()).isEqualTo("interest");
    assertThat(error.path("component").asText()).isEqualTo("Field_interest");
    assertThat(host.tasks(TestOrganisation.OPS_1, Forms.APPLICATION)).hasSize(1);

    assertThat(ids(call(hr, "GET", "programmes", null))).contains(programmeId);
    JsonNode status = JSON.readTree(call(hr, "GET", "programmes/" + programmeId, null).body());
    assertThat(status.path("stage").asText()).isEqualTo("RECRUITMENT");
    JsonNode timeline = JSON.readTree(call(hr, "GET", "programmes/" + programmeId + "/timeline", null).body());
    assertThat(timeline.size()).isPositive();
    assertThat(timeline.get(0).path("at").asText()).isNotBlank();
    JsonNode diagram = JSON.readTree(call(hr, "GET", Route.PROCESS.pathFor(definitionId), null).body());
    assertThat(diagram.path("xml").asText()).contains("<bpmn:definitions", "<bpmn:process");
    assertThat(diagram.path("runningBySteps").isObject()).isTrue();
  }

  @Test
  @Order(4)
  void theHrAdminReviewsTheApplicationsAndPublishesTheMatchFromTheProgrammesPage() throws IOException {
    host.apply(TestOrganisation.OPS_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, flexible working",
        Vars.LEARNING_INTERESTS.name(), "finance"));
    host.apply(TestOrganisation.DIR_OPS, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race, career progression",
        Vars.LEADS_AREA.name(), "operations"));
    host.apply(TestOrganisation.MGR_FINANCE, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "flexible working",
        Vars.LEADS_AREA.name(), "finance"));
    host.passTime(Duration.ofDays(15));
    OpenTask applications = host.task(TestOrganisation.HR, Forms.REVIEW_APPLICATIONS);
    try (Chromium chromium = new Chromium()) {
      signIn(chromium, TestOrganisation.HR, "programme?id=" + programmeId);
      WebElement review = chromium.await(submitOf(applications.name()));
      chromium.screenshot("8-programme-applications-to-review");
      chromium.assertAccessibleAndNothingRefused("the programme with its applications to review");
      review.click();

      chromium.awaitText(By.id("matches-state"), "A proposal");
      OpenTask matches = host.task(TestOrganisation.HR, Forms.REVIEW_MATCHES);
      MatchOverview proposal = host.flipside.matchReview().matches(Actor.of(TestOrganisation.HR), programmeId);
      assertThat(chromium.driver.findElements(By.cssSelector("#pairs tr"))).hasSize(proposal.pairs().size());
      chromium.awaitText(By.id("pairs"), proposal.pairs().get(0).mentor().name());
      chromium.awaitText(By.id("steps"), "Fairness check");
      chromium.screenshot("9-match-review");
      chromium.assertAccessibleAndNothingRefused("the match review");

      MatchedPair first = proposal.pairs().get(0);
      new Select(chromium.driver.findElement(By.id("allow-mentor"))).selectByValue(first.mentor().employeeId());
      new Select(chromium.driver.findElement(By.id("allow-mentee"))).selectByValue(first.mentee().employeeId());
      chromium.driver.findElement(By.id("allow-reason"))
          .sendKeys("They have worked in different directorates since May");
      chromium.driver.findElement(By.cssSelector("#allow-pair button[type=submit]")).click();
      chromium.awaitText(By.id("allow-answer"), "Allowed");
      assertThat(host.flipside.privacy().auditTrail(Actor.of(TestOrganisation.HR), Instant.EPOCH,
          Instant.parse("2100-01-01T00:00:00Z"))).extracting(AuditEntry::action, AuditEntry::actorId)
          .contains(tuple(AuditAction.ALLOW_PAIR, TestOrganisation.HR));

      chromium.driver.findElement(By.xpath("//label[normalize-space()='"
          + optionLabel(matches, Vars.DECISION.name(), "publish") + "']")).click();
      chromium.driver.findElement(submitOf(matches.name())).click();
      chromium.awaitText(By.id("matches-state"), "Published");
      assertThat(host.flipside.matchReview().matches(Actor.of(TestOrganisation.HR), programmeId).published()).isTrue();
      chromium.screenshot("10-match-published");
      chromium.assertAccessibleAndNothingRefused("the published match");
    }
  }

  @Test
  @Order(5)
  void theHrAdminRecordsWhoAttendedTheWorkshopsAndTheMentorConfirmsTheLearningAgreement() throws IOException {
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    List<OpenTask> registers = host.tasks(TestOrganisation.HR, Forms.WORKSHOP_ATTENDANCE);
    assertThat(registers).isNotEmpty();
    try (Chromium chromium = new Chromium()) {
      signIn(chromium, TestOrganisation.HR, "programme?id=" + programmeId);
      for (int left = registers.size(); left > 0; left--) {
        WebElement register = chromium.await(By.cssSelector("section.step[aria-label='" + registers.get(0).name()
            + "']"));
        chromium.await(By.cssSelector("section.step .fjs-form"));
        register.findElement(By.cssSelector("input[type=checkbox]")).click();
        if (left == registers.size()) {
          chromium.driver.executeScript("arguments[0].scrollIntoView()", register);
          chromium.screenshot("11-workshop-attendance");
          chromium.assertAccessibleAndNothingRefused("the programme with its workshop registers");
        }
        register.findElement(By.cssSelector(".actions button")).click();
        new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(register));
      }
    }
    assertThat(host.tasks(TestOrganisation.HR, Forms.WORKSHOP_ATTENDANCE)).isEmpty();
    theHrAdminPlansAndCancelsAFeedbackSession();
    List<MatchedPair> pairs = host.flipside.matchReview().matches(Actor.of(TestOrganisation.HR), programmeId).pairs();
    for (MatchedPair pair : pairs) {
      host.complete(pair.mentee().employeeId(), Forms.LEARNING_AGREEMENT, Map.of(
          Vars.CONFIDENTIALITY_AGREED.name(), true, Vars.MEETING_FORMAT.name(), "online", Vars.FREQUENCY.name(), "P1M",
          Vars.ARRANGER.name(), "mentor", Vars.PROTECTED_TIME.name(), true));
    }
    mentor = pairs.get(0).mentor().employeeId();
    OpenTask confirm = host.task(mentor, Forms.CONFIRM_AGREEMENT);
    try (Chromium chromium = new Chromium()) {
      signIn(chromium, mentor, "");
      chromium.await(By.linkText(confirm.name())).click();
      chromium.await(By.cssSelector("#form .fjs-form"));
      chromium.screenshot("12-confirm-agreement");
      chromium.assertAccessibleAndNothingRefused("the learning agreement to confirm");
      chromium.driver.findElement(By.xpath("//label[normalize-space()='"
          + optionLabel(confirm, Vars.AGREEMENT.name(), "agree") + "']")).click();
      chromium.driver.findElement(By.id("submit")).click();
      chromium.awaitText(By.id("done"), confirm.name());
      assertThat(host.tasks(mentor, Forms.CONFIRM_AGREEMENT)).isEmpty();
      chromium.screenshot("13-agreement-confirmed");
    }
    for (MatchedPair pair : pairs.subList(1, pairs.size())) {
      host.complete(pair.mentor().employeeId(), Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "agree"));
    }
  }

  @Test
  @Order(6)
  void theMentorLogsASession() throws IOException {
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    OpenTask log = host.task(mentor, Forms.LOG_SESSION);
    try (Chromium chromium = new Chromium()) {
      signIn(chromium, mentor, "");
      chromium.await(By.linkText(log.name())).click();
      chromium.await(By.cssSelector("#form .fjs-form"));
      chromium.driver.findElement(By.xpath("//label[normalize-space()='"
          + optionLabel(log, Vars.HELD.name(), "yes") + "']")).click();
      // the date picker's own call, whatever format the form shows dates in
      chromium.driver.executeScript("arguments[0]._flatpickr.setDate(new Date(2027, 2, 9), true)",
          chromium.await(By.cssSelector("[id$='-Field_heldOn-date']")));
      chromium.driver.findElement(inputOf("Field_durationMinutes")).sendKeys("60");
      chromium.driver.findElement(By.cssSelector("[id$='-Field_format-display']")).click();
      chromium.await(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item') and normalize-space()='"
          + optionLabel(log, Vars.FORMAT.name(), "online") + "']")).click();
      chromium.driver.findElement(By.xpath("//label[normalize-space()=\"" + optionLabel(log,
          Vars.CONTINUE_PAIRING.name(), "continue") + "\"]")).click();
      chromium.screenshot("14-log-session");
      chromium.assertAccessibleAndNothingRefused("the session log");
      chromium.driver.findElement(By.id("submit")).click();
      chromium.awaitText(By.id("done"), log.name());
    }
    assertThat(host.tasks(mentor, Forms.LOG_SESSION)).isEmpty();
    assertThat(host.flipside.programmes().status(Actor.of(TestOrganisation.HR), programmeId).sessionsHeld())
        .isEqualTo(1);
  }

  @Test
  @Order(7)
  void theMentorKeepsAPrivateReflectionAndRaisesAConcernFromThePairsPage() throws Exception {
    Partnership pairing = host.flipside.learningAgreements().partnerships(Actor.of(mentor)).get(0);
    String reflection = "I had not seen how the rota lands on part-time staff";
    String concern = "A senior colleague asked me what my mentee said in our sessions";
    try (Chromium chromium = new Chromium()) {
      signIn(chromium, mentor, "pairings");
      chromium.await(By.id("reflection-" + pairing.pairingId())).sendKeys(reflection);
      chromium.driver.findElement(submitIn("reflection-" + pairing.pairingId())).click();
      chromium.awaitText(By.id("reflections-" + pairing.pairingId()), reflection);
      chromium.driver.findElement(By.id("concern-" + pairing.pairingId())).sendKeys(concern);
      chromium.driver.findElement(submitIn("concern-" + pairing.pairingId())).click();
      chromium.awaitText(By.id("concerns"), concern);
      // the pilot appointed no coach: the request is refused, in Flipside's words, beside the form
      chromium.driver.findElement(By.id("coaching-" + pairing.pairingId())).sendKeys("Giving feedback upwards");
      chromium.driver.findElement(submitIn("coaching-" + pairing.pairingId())).click();
      chromium.awaitText(By.id("coaching-" + pairing.pairingId() + "-answer"), "no coach");
      chromium.screenshot("14b-pairings");
      chromium.assertAccessibleAndNothingRefused("the pair's page");
    }
    assertThat(host.flipside.reflections().mine(Actor.of(mentor), pairing.pairingId()))
        .extracting(Reflection::text).containsExactly(reflection);
    assertThat(host.flipside.concerns().raisedBy(Actor.of(mentor))).extracting(ConcernView::summary)
        .containsExactly(concern);

    // a pairing is its partners' (its agreement also the programme team's): anyone else is refused, and the HR
    // admin may neither read nor keep reflections on it, nor ask for support in the pair's name
    String outsider = Stream.of(TestOrganisation.OPS_2, TestOrganisation.OPS_1, TestOrganisation.FINANCE_1,
        TestOrganisation.MGR_OPS, TestOrganisation.MGR_FINANCE)
        .filter(id -> host.flipside.learningAgreements().partnerships(Actor.of(id)).isEmpty()).findFirst()
        .orElseThrow();
    Session outside = signIn(outsider);
    for (Route route : Route.values()) {
      if (route.subject() == Route.Subject.PAIRING) {
        assertRefused(outside, route, pairing.pairingId());
      }
    }
    Session hr = signIn(TestOrganisation.HR);
    for (Route route : List.of(Route.WRITE_REFLECTION, Route.ASK_FOR_SUPPORT, Route.ASK_FOR_COACHING)) {
      assertRefused(hr, route, pairing.pairingId());
    }
    // reading reflections answers anyone with their own alone: the HR admin, the partner and the outsider none
    for (Session other : List.of(hr, outside, signIn(pairing.partnerId()))) {
      HttpResponse<String> theirs = call(other, "GET", Route.REFLECTIONS.pathFor(pairing.pairingId()), null);
      assertThat(theirs.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(theirs.body())).isEmpty();
    }
  }

  @Test
  @Order(8)
  void anHrAdminRetriesFromTheOperationsPageTheStepsThatFailedWhileTheDirectoryWasDown() throws Exception {
    // each pair's reminder falls due a week before its month ends, and needs the directory, which is down
    host.organisation.goDown();
    try {
      host.passTimeTo(Instant.parse("2027-03-26T09:00:00Z"));
      host.flipside.dueWork().runDue();
      host.flipside.dueWork().runDue();
    } finally {
      host.organisation.comeBack();
    }
    List<Incident> failed = host.flipside.operations().incidents(Actor.of(TestOrganisation.HR));
    assertThat(failed).as("the reminders, failed at every attempt").isNotEmpty();
    assertRefused(signIn(mentor), Route.OPERATIONS, "");

    try (Chromium chromium = new Chromium()) {
      signIn(chromium, TestOrganisation.HR, "operations");
      chromium.awaitText(By.id("incidents-status"), failed.size() == 1 ? "1 step is waiting"
          : failed.size() + " steps are waiting");
      chromium.awaitText(By.id("overall"), "Degraded");
      assertThat(chromium.driver.findElement(By.cssSelector("tr[data-component=FAILED_STEPS]")).getText())
          .contains("Degraded", String.valueOf(failed.size()));
      List<WebElement> rows = chromium.driver.findElements(By.cssSelector("#incidents tr"));
      assertThat(rows).extracting(WebElement::getText).allSatisfy(row -> assertThat(row).contains("directory"));
      assertThat(rows).extracting(row -> row.findElement(By.tagName("td")).getText())
          .containsExactlyInAnyOrderElementsOf(failed.stream().map(Incident::step).toList());
      chromium.screenshot("15-operations");
      chromium.assertAccessibleAndNothingRefused("the operations page");
      for (int left = failed.size(); left > 0; left--) {
        chromium.await(By.cssSelector("#incidents button")).click();
        chromium.awaitText(By.id("status"), "succeeded");
        chromium.awaitText(By.id("incidents-status"), left == 1 ? "No step is waiting"
            : left - 1 == 1 ? "1 step is waiting" : (left - 1) + " steps are waiting");
      }
      chromium.awaitText(By.id("overall"), "Up");
      chromium.screenshot("15b-operations-retried");
      chromium.assertAccessibleAndNothingRefused("the operations page once every step ran again");
    }
    assertThat(host.flipside.operations().incidents(Actor.of(TestOrganisation.HR))).isEmpty();
    assertThat(host.flipside.operations().health().status()).isEqualTo(HealthStatus.UP);
  }

  private void theHrAdminPlansAndCancelsAFeedbackSession() throws IOException {
    try (Chromium chromium = new Chromium()) {
      signIn(chromium, TestOrganisation.HR, "programme?id=" + programmeId);
      chromium.awaitText(By.id("events"), "of");
      new Select(chromium.await(By.id("event-kind"))).selectByValue(EventKind.FEEDBACK_SESSION.name());
      chromium.driver.findElement(By.id("event-title")).sendKeys("September feedback");
      // the browser's own date-time field, set as a person would pick it
      chromium.driver.executeScript("arguments[0].value = '2027-09-07T10:00'", chromium.driver.findElement(
          By.id("event-start")));
      chromium.driver.findElement(By.id("event-place")).sendKeys("Board room and Teams");
      chromium.driver.findElement(By.cssSelector("#plan-event button[type=submit]")).click();
      chromium.awaitText(By.id("events"), "September feedback");
      chromium.screenshot("11b-events");
      chromium.assertAccessibleAndNothingRefused("the programme's events");
      PlannedEvent planned = host.flipside.events().events(Actor.of(TestOrganisation.HR), programmeId).stream()
          .filter(event -> event.title().equals("September feedback")).findFirst().orElseThrow();
      assertThat(planned.kind()).isEqualTo(EventKind.FEEDBACK_SESSION);
      assertThat(planned.end()).isEqualTo(planned.start().plus(Duration.ofMinutes(90)));

      chromium.driver.executeScript("arguments[0].value = '2027-09-14T10:00'",
          chromium.driver.findElement(By.id("move-" + planned.id())));
      chromium.driver.findElement(By.xpath("//form[.//input[@id='move-" + planned.id() + "']]//button")).click();
      chromium.awaitText(By.id("events"), "moved");
      PlannedEvent moved = host.flipside.events().events(Actor.of(TestOrganisation.HR), programmeId).stream()
          .filter(event -> event.id().equals(planned.id())).findFirst().orElseThrow();
      assertThat(moved.start()).isEqualTo(planned.start().plus(Duration.ofDays(7)));
      assertThat(moved.sequence()).isEqualTo(1);

      chromium.driver.findElement(By.xpath("//button[normalize-space()='Cancel September feedback']")).click();
      chromium.awaitText(By.id("events"), "cancelled");
      assertThat(host.flipside.events().events(Actor.of(TestOrganisation.HR), programmeId).stream()
          .filter(event -> event.id().equals(planned.id())).findFirst().orElseThrow().cancelledAt()).isNotNull();
    }
  }

  /** The submit button of the form around the text area with this id. */
  private static By submitIn(String textAreaId) {
    return By.xpath("//form[.//textarea[@id='" + textAreaId + "']]//button[@type='submit']");
  }

  @Test
  @Order(9)
  void theSponsorReadsTheEvaluationReport() throws Exception {
    theCohortRunsToItsEvaluation();
    try (Chromium chromium = new Chromium()) {
      signIn(chromium, TestOrganisation.CEO, "programme?id=" + programmeId);
      chromium.awaitText(By.id("report-headline"), "Cohort 1");
      chromium.await(By.id("report-frame"));
      chromium.driver.switchTo().frame("report-frame");
      assertThat(chromium.await(By.tagName("body")).getText()).contains("Diverse interview panels");
      chromium.driver.switchTo().defaultContent();
      chromium.driver.executeScript("document.getElementById('report').scrollIntoView()");
      chromium.screenshot("15-evaluation-report");
      chromium.assertAccessibleAndNothingRefused("the programme with its evaluation report");
      String pdf = chromium.driver.findElement(By.id("report-pdf")).getAttribute("href");
      Session sponsor = signIn(TestOrganisation.CEO);
      HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(pdf))
          .header("Cookie", "flipside-sandbox-session=" + sponsor.session()).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
      assertThat(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
  }

  /** Through the public API: the surveys answered, the sessions run out, the themes reviewed. */
  private void theCohortRunsToItsEvaluation() {
    List<String> everyone = List.of(TestOrganisation.FINANCE_1, TestOrganisation.OPS_1, TestOrganisation.DIR_OPS,
        TestOrganisation.MGR_FINANCE);
    Map<String, Object> answers = Map.of(Vars.CONFIDENCE_TALKING.name(), 3, Vars.UNDERSTANDING_ISSUES.name(), 3,
        Vars.CONFIDENCE_ASKING.name(), 3, Vars.CONFIDENCE_SHARING.name(), 3, Vars.COMMENTS.name(), "Useful");
    completeEvery(everyone, Forms.BASELINE_SURVEY, answers);
    completeEvery(everyone, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09"));
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    completeEvery(everyone, Forms.LOG_SESSION, FlipsideHost.session("2027-04-01"));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
    completeEvery(everyone, Forms.FINAL_SURVEY, answers);
    host.complete(TestOrganisation.HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), "Barriers in shortlisting",
        Vars.SUMMARY.name(), "What the comments say", Vars.GOAL.name(), FlipsideHost.pilotScope().get(
            Vars.GOALS.name()), Vars.PRIORITY.name(), "ACT_NOW", Vars.RECOMMENDATION.name(), "Diverse interview panels",
        Vars.NEXT_STEP.name(), "finish"));
  }

  private void completeEvery(List<String> employees, String formId, Map<String, Object> data) {
    for (String employee : employees) {
      for (OpenTask task : host.tasks(employee, formId)) {
        host.flipside.inbox().complete(Actor.of(employee), task.id(), data);
      }
    }
  }

  @Test
  @Order(9)
  void aProcessOwnerSeesEachProcessDrawnWithItsRunningInstances() throws IOException {
    try (Chromium chromium = new Chromium()) {
      signIn(chromium, TestOrganisation.HR, "library");
      chromium.await(By.cssSelector("#versions a"));
      chromium.screenshot("16-process-library");
      chromium.assertAccessibleAndNothingRefused("the process library");
      chromium.await(By.linkText("flipside-programme")).click();
      chromium.await(By.cssSelector("#canvas svg"));
      chromium.await(By.cssSelector("#running li"));
      chromium.screenshot("17-programme-process");
      chromium.awaitText(By.id("running"), ": 1");
      assertThat(chromium.await(By.cssSelector("#canvas .running")).getText()).matches("[1-9][0-9]*");
      chromium.assertAccessibleAndNothingRefused("a process's diagram");
      chromium.await(By.xpath("//nav[@id='stages']/button[2]")).click();
      chromium.screenshot("18-programme-process-stage");
      chromium.assertAccessibleAndNothingRefused("a stage of a process");
    }
  }

  private void signIn(Chromium chromium, String employeeId, String page) {
    chromium.driver.get(base + FelixHost.CONSOLE_PATH + page);
    new Select(chromium.await(By.id("employee"))).selectByValue(employeeId);
    chromium.driver.findElement(By.cssSelector("form button[type=submit]")).click();
  }

  /** The button that submits a task's form on the programme's page. */
  private static By submitOf(String taskName) {
    return By.xpath("//button[normalize-space()='Submit: " + taskName + "']");
  }

  /**
   * A browser's cookies (the sandbox's session, the token the console's pages hand out) and the token its request
   * sends in the header.
   */
  private record Session(String session, String csrf, String sentToken) {

    Session(String session, String csrf) {
      this(session, csrf, csrf);
    }
  }

  private Session signIn(String employeeId) throws Exception {
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/sandbox/sign-in"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("employeeId=" + employeeId)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(303);
    String session = cookie(signedIn, "flipside-sandbox-session");
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + FelixHost.CONSOLE_PATH))
        .header("Cookie", "flipside-sandbox-session=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
    return new Session(session, cookie(page, "flipside-csrf"));
  }

  private static String cookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name + "="))
        .map(value -> value.substring(name.length() + 1, value.indexOf(';'))).findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }

  private HttpResponse<String> call(Session as, String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + FelixHost.CONSOLE_PATH + "api/" + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    StringBuilder cookies = new StringBuilder();
    if (as.session() != null) {
      cookies.append("flipside-sandbox-session=").append(as.session()).append("; ");
    }
    if (as.csrf() != null) {
      cookies.append("flipside-csrf=").append(as.csrf());
    }
    if (as.sentToken() != null) {
      request.header("X-Flipside-CSRF", as.sentToken());
    }
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.toString());
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What each state-changing route is sent when called as the wrong person: a request it would otherwise take. */
  private static final Map<Route, String> BODIES = Map.ofEntries(
      Map.entry(Route.COMPLETE_TASK, "{\"data\": {\"interest\": \"none\"}}"),
      Map.entry(Route.LIMIT_LINE_CHAIN, "{\"levels\": 1, \"topOfOrganisationMatchable\": true}"),
      Map.entry(Route.ALLOW_PAIR, "{\"mentorEmployeeId\": \"" + TestOrganisation.OPS_1 + "\", \"menteeEmployeeId\": \""
          + TestOrganisation.DIR_OPS + "\", \"reason\": \"Different directorates\"}"),
      Map.entry(Route.RAISE_CONCERN, "{\"summary\": \"Someone asked what was said in a session\"}"),
      Map.entry(Route.PLAN_EVENT, "{\"kind\": \"KNOWLEDGE_SESSION\", \"title\": \"Allyship\", \"start\": "
          + "\"2030-01-01T10:00:00Z\", \"end\": \"2030-01-01T11:00:00Z\", \"place\": \"Online\", "
          + "\"audience\": \"EVERYONE\"}"),
      Map.entry(Route.MOVE_EVENT, "{\"start\": \"2030-01-01T10:00:00Z\", \"end\": \"2030-01-01T11:00:00Z\"}"),
      Map.entry(Route.CANCEL_EVENT, "{}"),
      Map.entry(Route.WRITE_REFLECTION, "{\"text\": \"A reflection\"}"),
      Map.entry(Route.ASK_FOR_SUPPORT, "{\"note\": \"We cannot find a time\"}"),
      Map.entry(Route.ASK_FOR_COACHING, "{\"note\": \"Giving feedback upwards\"}"),
      Map.entry(Route.DEPLOY, "{\"name\": \"mine\", \"files\": []}"),
      Map.entry(Route.MIGRATE, "{}"),
      Map.entry(Route.RETRY_INCIDENT, "{}"));

  /** The route refuses this caller with Flipside's own words as JSON, changing nothing. */
  private void assertRefused(Session caller, Route route, String id) throws Exception {
    assertThat(route.method().equals("POST")).as(route + " has a body to send").isEqualTo(BODIES.containsKey(route));
    HttpResponse<String> refused = call(caller, route.method(), route.pathFor(id), BODIES.get(route));
    assertThat(refused.statusCode()).as(route.name()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type")).as(route.name()).get().asString()
        .startsWith("application/json");
  }

  private static List<String> ids(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body()).findValuesAsText("id");
  }

  /** The label the form shows for one value of a field's options. */
  private static String optionLabel(OpenTask task, String key, String value) throws IOException {
    for (JsonNode component : new ObjectMapper().readTree(task.formJson()).findParents("key")) {
      if (component.path("key").asText().equals(key)) {
        for (JsonNode option : component.path("values")) {
          if (option.path("value").asText().equals(value)) {
            return option.path("label").asText();
          }
        }
      }
    }
    throw new AssertionError("the form has no option " + value + " for " + key);
  }

  /** form-js's error message under the component with this id. */
  private static By errorOn(String componentId) {
    return By.cssSelector("[id$='-" + componentId + "-error-message']");
  }

  private static By inputOf(String componentId) {
    return By.cssSelector("[id$='-" + componentId + "']");
  }
}
