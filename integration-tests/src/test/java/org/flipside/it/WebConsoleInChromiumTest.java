package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.flipside.api.Actor;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeStatus;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.sandbox.host.FelixHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web console's bundle and the sandbox's sign-in in Felix with an HTTP service, on a pilot that has invited its
 * people to apply. An invitee applies in a real browser: Flipside's application form rendered by form-js, a missing
 * answer and a server-side refusal (a colleague picked who has since left) each shown on its own field, the protected
 * characteristic asked for only with consent, the applied task gone from the inbox; every page
 * passes axe-core. Every JSON endpoint answers as the API's access rules say, and refuses a forged request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebConsoleInChromiumTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private FlipsideHost host;
  private String base;
  private String programmeId;

  @BeforeAll
  void start() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    host = new FlipsideHost(TestDatabase.h2(), settings -> FelixHost.serving(settings, port));
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
    assertThat(call(colleague, "GET", "tasks/" + taskId, null).statusCode()).isEqualTo(403);
    assertThat(call(colleague, "POST", "tasks/" + taskId + "/complete", "{\"data\": {\"interest\": \"none\"}}")
        .statusCode()).isEqualTo(403);
    for (String path : List.of("programmes/" + programmeId, "programmes/" + programmeId + "/timeline")) {
      assertThat(call(applicant, "GET", path, null).statusCode()).as(path).isEqualTo(403);
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

  private static List<String> ids(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body()).findValuesAsText("id");
  }

  /** The label the form shows for one value of a field's options. */
  private static String optionLabel(OpenTask task, String key, String value) throws IOException {
    for (JsonNode component : new ObjectMapper().readTree(task.formJson()).path("components")) {
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
