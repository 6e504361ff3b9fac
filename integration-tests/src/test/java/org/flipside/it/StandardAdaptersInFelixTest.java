package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.HR;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.flipside.adapters.standin.StandInLrs;
import org.flipside.adapters.standin.StandInScimServer;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.sandbox.host.FelixHost;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.spi.FlipsideRoles;
import org.flipside.spi.LearningRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A host with a SCIM directory and an xAPI learning record store configures them instead of writing code: the
 * adapters bundle in Felix, configured through Configuration Admin, is the directory Flipside runs on (without its
 * configuration there is none) and the learning system mentors' recognition goes to.
 */
class StandardAdaptersInFelixTest {

  private static final String SCIM_PID = "org.flipside.adapters.scim";
  private static final String XAPI_PID = "org.flipside.adapters.xapi";
  private static final String TOKEN = "felix-test-token";
  private static final String OPERATIONS_DIRECTORATE = "Operations Directorate";

  private final StandInScimServer scim = new StandInScimServer(TOKEN, 3);
  private final StandInLrs lrs = new StandInLrs("flipside", "lrs-secret");
  private FelixHost felix;
  private FlipsideHost host;
  private BundleContext framework;

  @BeforeEach
  void start() throws Exception {
    host = new FlipsideHost(TestDatabase.h2(), settings -> (felix = FelixHost.start(settings)).flipside());
    // the host's own directory goes; the adapters bundle and Configuration Admin come in its place
    felix.withdraw(EmployeeDirectory.class);
    framework = felix.plugin().getBundleContext();
    install("flipside-adapters-bundle.jar");
    mirrorTheTestOrganisation();
  }

  @AfterEach
  void stop() {
    host.close();
    scim.close();
    lrs.close();
  }

  @Test
  void flipsideRunsOnTheConfiguredScimDirectory() throws Exception {
    assertThat(felix.offersApi()).as("no directory before the SCIM adapter is configured").isFalse();

    Configuration configuration = configureTheDirectory();

    host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.RECRUIT_DEPARTMENTS.name(), OPERATIONS_DIRECTORATE + "\n");
    host.complete(HR, Forms.SCOPE_PILOT, scope);

    // the directory is down as the sponsor signs off: the step is refused with the server's reason and stays to do
    scim.goDown("directory sync in progress");
    assertThatThrownBy(() -> host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve")))
        .hasMessageContaining("directory sync in progress");
    scim.recover();
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));

    // the directorate is the enterprise extension's division; the leaver ops-2 is not invited, the newcomer is
    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .containsExactlyInAnyOrder("dir-ops", "mgr-ops", "ops-1", "ops-3");
    assertThat(scim.requests()).allSatisfy(request ->
        assertThat(request.headers()).containsEntry("authorization", "Bearer " + TOKEN));
    assertThat(scim.requests()).extracting(request -> request.parameter("filter"))
        .as("roles are read from group membership").contains("members.value eq \"hr\"");

    configuration.delete();
    awaitUntil(() -> framework.getServiceReference(EmployeeDirectory.class) == null,
        "the directory goes with its configuration");
    awaitUntil(() -> !felix.offersApi(), "Flipside's API goes with the directory");
  }

  @Test
  void mentorsRecognitionGoesToTheConfiguredLrsAsXapiStatementsWithAnOpenBadge() throws Exception {
    configureTheDirectory();
    felix.withdraw(LearningRecords.class);
    configure(XAPI_PID, Map.of("endpoint", lrs.endpoint(), "username", "flipside", "password", "lrs-secret",
        "homePage", "https://hr.trust.example", "issuerName", "Test Trust"));
    awaitUntil(() -> framework.getServiceReference(LearningRecords.class) != null,
        "the configured xAPI adapter offers LearningRecords");

    String programmeId = host.pilotInSessions();
    host.agree(TestOrganisation.DIR_OPS, TestOrganisation.FINANCE_1);
    host.agree(TestOrganisation.MGR_FINANCE, TestOrganisation.OPS_1);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    for (String mentee : List.of(TestOrganisation.DIR_OPS, TestOrganisation.MGR_FINANCE)) {
      host.complete(mentee, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09"));
    }
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));

    assertThat(lrs.statements()).as("statements the LRS took, from %s", lrs.requests()).extracting(statement -> statement.at("/actor/account/name").asText())
        .containsExactlyInAnyOrder(TestOrganisation.FINANCE_1, TestOrganisation.OPS_1);
    assertThat(lrs.statements()).allSatisfy(statement -> {
      assertThat(statement.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
      assertThat(statement.at("/object/id").asText())
          .isEqualTo("https://hr.trust.example/flipside/programmes/" + programmeId);
      assertThat(statement.at("/result/extensions")
          .get("https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential").at("/type/1").asText())
          .isEqualTo("OpenBadgeCredential");
    });
    assertThat(lrs.requests()).allSatisfy(request ->
        assertThat(request.headers()).containsEntry("x-experience-api-version", "1.0.3"));
  }

  private Configuration configureTheDirectory() throws Exception {
    Configuration configuration = configure(SCIM_PID, Map.of("baseUrl", scim.baseUrl(), "bearerToken", TOKEN,
        "roleGroups", new String[] {FlipsideRoles.HR_ADMIN + "=HR Administrators"}));
    felix.awaitServices();
    return configuration;
  }

  /** The test organisation as an HR system would provision it to a SCIM server, with one leaver and one newcomer. */
  private void mirrorTheTestOrganisation() {
    TestOrganisation organisation = new TestOrganisation();
    for (Employee employee : organisation.employees()) {
      ObjectNode user = scim.addEmployee(employee.id(), employee.displayName(), employee.department(),
          employee.managerId(), employee.band(), employee.locale().toLanguageTag());
      ((ObjectNode) user.get(StandInScimServer.ENTERPRISE)).put("division", organisation.unitsOf(employee).get(1));
    }
    ((ObjectNode) scim.addEmployee("ops-3", "Employee ops-3", "Operations", TestOrganisation.MGR_OPS, 3, "en")
        .get(StandInScimServer.ENTERPRISE)).put("division", OPERATIONS_DIRECTORATE);
    scim.leave(TestOrganisation.OPS_2);
    scim.addGroup("g-hr", "HR Administrators", HR);
    scim.addGroup("g-sponsor", FlipsideRoles.SPONSOR, CEO);
    scim.addGroup("g-edi", FlipsideRoles.EDI_LEAD, TestOrganisation.EDI);
  }

  private Bundle install(String name) throws Exception {
    try (InputStream content = getClass().getClassLoader()
        .getResourceAsStream("org/flipside/sandbox/bundles/" + name)) {
      assertThat(content).as("the build copied %s", name).isNotNull();
      Bundle bundle = framework.installBundle("test:" + name, content);
      bundle.start();
      return bundle;
    }
  }

  /**
   * Creates the adapter's configuration through the framework's Configuration Admin, as a host's admin console or
   * its configuration files would.
   *
   * @return the configuration
   */
  private Configuration configure(String pid, Map<String, Object> properties) throws Exception {
    Configuration configuration = felix.service(ConfigurationAdmin.class).getConfiguration(pid, "?");
    configuration.update(new Hashtable<>(properties));
    return configuration;
  }

  private static void awaitUntil(BooleanSupplier condition, String description) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(condition.getAsBoolean()).as(description).isTrue();
  }
}
