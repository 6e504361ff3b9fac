package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flipside.api.Actor;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProcessResource;
import org.flipside.api.ProcessVersion;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.sandbox.host.FelixHost;
import org.flipside.sandbox.host.SandboxAuthenticator;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Camunda Modeler's "Deploy" button against Flipside inside Felix with an HTTP service, over real HTTP, with the
 * requests Modeler makes (client/src/plugins/camunda-plugin/shared/CamundaAPI.js and RestAPI.js): the connection
 * check {@code GET /deployment?maxResults=0}, then {@code POST /deployment/create} as multipart form data, each with
 * {@code accept: application/json} and Basic credentials.
 */
class ModelerDeploysInFelixTest {

  private static final String OWNER = TestOrganisation.MGR_OPS;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private FlipsideHost host;
  private String endpoint;

  @BeforeEach
  void start() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    host = new FlipsideHost(TestDatabase.h2(), settings -> FelixHost.serving(settings, port).flipside());
    host.organisation.grant(OWNER, FlipsideRoles.PROCESS_OWNER);
    endpoint = "http://127.0.0.1:" + port + ProcessLibrary.MODELER_PATH;
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void modelerChecksTheConnectionThenDeploysAChangedDiagram() throws Exception {
    HttpResponse<String> check = awaitEndpoint(OWNER, SandboxAuthenticator.PASSWORD);
    assertThat(check.statusCode()).isEqualTo(200);
    assertThat(check.body()).isEqualTo("[]");

    HttpResponse<String> deployed = deploy(OWNER, "programme-lifecycle",
        ProcessLibraryContract.lifecycleWithSignOffNamed("Sponsor approves the pilot"),
        ProcessResource.of(Forms.SPONSOR_SIGN_OFF + ".form", new String(
            ProcessOwnerEdits.bundledFile("forms/" + Forms.SPONSOR_SIGN_OFF + ".form").readAllBytes(),
            StandardCharsets.UTF_8)));

    assertThat(deployed.statusCode()).isEqualTo(200);
    JsonNode deployment = JSON.readTree(deployed.body());
    assertThat(deployment.path("name").asText()).isEqualTo("programme-lifecycle");
    assertThat(deployment.path("source").asText()).isEqualTo("Camunda Modeler");
    JsonNode definitions = deployment.path("deployedProcessDefinitions");
    assertThat(definitions.size()).isEqualTo(1);
    JsonNode definition = definitions.elements().next();
    assertThat(definition.path("key").asText()).isEqualTo(ProcessLibraryContract.LIFECYCLE);
    assertThat(definition.path("version").asInt()).isEqualTo(2);
    assertThat(definition.path("deploymentId").asText()).isEqualTo(deployment.path("id").asText());
    ProcessVersion newest = host.flipside.processLibrary().versions(Actor.of(TestOrganisation.HR)).stream()
        .filter(version -> version.processKey().equals(ProcessLibraryContract.LIFECYCLE)).reduce((a, b) -> b)
        .orElseThrow();
    assertThat(newest.deployedBy()).isEqualTo(OWNER);
    assertThat(newest.definitionId()).isEqualTo(definition.path("id").asText());
  }

  @Test
  void aBrokenDiagramComesBackAsTheParseErrorModelerShows() throws Exception {
    awaitEndpoint(OWNER, SandboxAuthenticator.PASSWORD);
    ProcessResource broken = ProcessLibraryContract.lifecycleWithMisspeltBean();
    String stepId = ProcessLibraryContract.recordScopeStep();

    HttpResponse<String> refused = deploy(OWNER, "programme-lifecycle", broken);

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(refused.body());
    assertThat(error.path("type").asText()).isEqualTo("ParseException");
    // Modeler's CamundaAPI.js recognises a parse error by this start of the message, and shows the message
    assertThat(error.path("message").asText()).startsWith("ENGINE-09005 Could not parse BPMN process.")
        .contains(stepId, "${recordScoop}");
    JsonNode problem = error.path("details").path(ProcessLibraryContract.LIFECYCLE_FILE).path("errors").get(0);
    assertThat(problem.path("mainElementId").asText()).isEqualTo(stepId);
    assertThat(problem.path("elementIds").get(0).asText()).isEqualTo(stepId);
    assertThat(problem.path("message").asText()).contains("${recordScoop}");
    assertThat(host.flipside.processLibrary().versions(Actor.of(TestOrganisation.HR)))
        .filteredOn(version -> version.processKey().equals(ProcessLibraryContract.LIFECYCLE)).hasSize(1);
  }

  @Test
  void modelerDeploysANotifyStepFromItsTemplateAndANewProgrammesPartnersAreTold() throws Exception {
    awaitEndpoint(OWNER, SandboxAuthenticator.PASSWORD);

    HttpResponse<String> deployed = deploy(OWNER, "pair-journey", ProcessOwnerEdits.pairJourneyTellingPartners());

    assertThat(deployed.statusCode()).isEqualTo(200);
    JsonNode definition = JSON.readTree(deployed.body()).path("deployedProcessDefinitions").elements().next();
    assertThat(definition.path("key").asText()).isEqualTo(Processes.PAIR_JOURNEY);
    assertThat(definition.path("version").asInt()).isEqualTo(2);
    host.pilotInSessions();
    host.agree(TestOrganisation.DIR_OPS, TestOrganisation.FINANCE_1);
    assertThat(host.notifier.recipientsOf(ProcessOwnerEdits.AGREEMENT_TOPIC))
        .containsExactly(TestOrganisation.DIR_OPS, TestOrganisation.FINANCE_1);
  }

  @Test
  void aNotifyStepToRecipientsItsTemplateDoesNotOfferComesBackAsTheParseErrorModelerShows() throws Exception {
    awaitEndpoint(OWNER, SandboxAuthenticator.PASSWORD);

    HttpResponse<String> refused = deploy(OWNER, "pair-journey",
        ProcessOwnerEdits.pairJourneyNotifying("everyone", true));

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(refused.body());
    assertThat(error.path("type").asText()).isEqualTo("ParseException");
    assertThat(error.path("message").asText()).contains(ProcessOwnerEdits.TELL_PARTNERS, "'everyone'");
    JsonNode problem = error.path("details").path(ProcessOwnerEdits.PAIR_JOURNEY_FILE).path("errors").get(0);
    assertThat(problem.path("mainElementId").asText()).isEqualTo(ProcessOwnerEdits.TELL_PARTNERS);
    assertThat(host.flipside.processLibrary().versions(Actor.of(TestOrganisation.HR)))
        .filteredOn(version -> version.processKey().equals(Processes.PAIR_JOURNEY)).hasSize(1);
  }

  @Test
  void modelerDeploysAProcessOwnersEligibilityTableAndANewProgrammeInvitesAsItSays() throws Exception {
    awaitEndpoint(OWNER, SandboxAuthenticator.PASSWORD);

    HttpResponse<String> deployed = deploy(OWNER, "finance only",
        ProcessLibraryContract.financeOnlyEligibility("invitedAs"));

    assertThat(deployed.statusCode()).isEqualTo(200);
    assertThat(host.invitedToANewPilot()).containsExactly("dir-finance", "finance-1", "mgr-finance");
  }

  @Test
  void anEligibilityTableWithARenamedOutputComesBackAsTheParseErrorModelerShows() throws Exception {
    awaitEndpoint(OWNER, SandboxAuthenticator.PASSWORD);

    HttpResponse<String> refused = deploy(OWNER, "finance only",
        ProcessLibraryContract.financeOnlyEligibility("invitedRole"));

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(refused.body());
    assertThat(error.path("type").asText()).isEqualTo("ParseException");
    assertThat(error.path("details").path(ProcessLibraryContract.ELIGIBILITY_FILE).path("errors"))
        .anySatisfy(problem -> assertThat(problem.path("mainElementId").asText()).isEqualTo("Output_invitedAs"));
  }

  @Test
  void unknownCredentialsAndEmployeesWithoutTheRoleAreTurnedAway() throws Exception {
    awaitEndpoint(OWNER, SandboxAuthenticator.PASSWORD);

    HttpResponse<String> wrongPassword = send(connectionCheck(OWNER, "guess"));
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.headers().firstValue("www-authenticate")).hasValue("Basic realm=\"Flipside\"");
    assertThat(send(connectionCheck(TestOrganisation.FINANCE_1, SandboxAuthenticator.PASSWORD)).statusCode())
        .isEqualTo(403);
    HttpResponse<String> mentorDeploys = deployAs(TestOrganisation.FINANCE_1, "mine",
        ProcessLibraryContract.lifecycleWithSignOffNamed("Mine"));
    assertThat(mentorDeploys.statusCode()).isEqualTo(403);
    assertThat(host.flipside.processLibrary().versions(Actor.of(TestOrganisation.HR)))
        .filteredOn(version -> version.processKey().equals(ProcessLibraryContract.LIFECYCLE)).hasSize(1);
  }

  /** The connection check, repeated while the HTTP service and the endpoint come up. */
  private HttpResponse<String> awaitEndpoint(String user, String password) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        HttpResponse<String> response = send(connectionCheck(user, password));
        if (response.statusCode() != 404 || System.nanoTime() > deadline) {
          return response;
        }
      } catch (ConnectException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      Thread.sleep(200);
    }
  }

  private HttpRequest connectionCheck(String user, String password) {
    return HttpRequest.newBuilder(URI.create(endpoint + "/deployment?maxResults=0"))
        .header("accept", "application/json")
        .header("authorization", basic(user, password))
        .GET().build();
  }

  private HttpResponse<String> deploy(String user, String name, ProcessResource... files) throws Exception {
    return deployAs(user, name, files);
  }

  /** The form CamundaAPI.deployDiagram builds: its fields, the diagram as text/xml, attachments as they are. */
  private HttpResponse<String> deployAs(String user, String name, ProcessResource... files) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", name);
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("enable-duplicate-filtering", "true");
    String boundary = "----ModelerBoundary" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((field, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + field + "\"\r\n\r\n" + value + "\r\n"));
    List<ProcessResource> parts = List.of(files);
    for (int i = 0; i < parts.size(); i++) {
      ProcessResource file = parts.get(i);
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name() + "\"; filename=\""
          + file.name() + "\"\r\nContent-Type: " + (i == 0 ? "text/xml" : "application/octet-stream") + "\r\n\r\n");
      body.writeBytes(file.content());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    return send(HttpRequest.newBuilder(URI.create(endpoint + "/deployment/create"))
        .header("accept", "application/json")
        .header("authorization", basic(user, SandboxAuthenticator.PASSWORD))
        .header("content-type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
