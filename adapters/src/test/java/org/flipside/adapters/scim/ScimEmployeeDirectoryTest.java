package org.flipside.adapters.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.adapters.RemoteServiceException;
import org.flipside.adapters.standin.StandInScimServer;
import org.flipside.adapters.standin.StandInServer.Request;
import org.flipside.spi.Employee;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory read from a stand-in SCIM server over HTTP. */
class ScimEmployeeDirectoryTest {

  private static final String TOKEN = "s3cr3t-token";

  private StandInScimServer server;
  private ScimEmployeeDirectory directory;

  @BeforeEach
  void start() {
    server = new StandInScimServer(TOKEN, 2);
    directory = new ScimEmployeeDirectory(ScimSettings.of(URI.create(server.baseUrl()), TOKEN)
        .withRoleGroups(Map.of(FlipsideRoles.HR_ADMIN, "HR Administrators")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anEmployeeIsReadFromTheCoreTheEnterpriseExtensionAndTheBandExtension() {
    server.addEmployee("ceo", "Ceri Evans", "Board", null, 9, "en-GB");
    server.addEmployee("u-17", "Dafydd \"Dai\" Jones", "Finance", "ceo", 4, "cy-GB, en;q=0.8");

    assertThat(directory.find("u-17")).contains(
        new Employee("u-17", "Dafydd \"Dai\" Jones", 4, "Band 4", "Finance", "ceo", true, Locale.forLanguageTag("cy-GB")));
    assertThat(directory.find("ceo")).get().extracting(Employee::managerId).isNull();

    Request request = server.requests().get(0);
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/scim/v2/Users/u-17");
    assertThat(request.headers()).containsEntry("authorization", "Bearer " + TOKEN)
        .containsEntry("accept", "application/scim+json");
  }

  @Test
  void theBandIsReadFromTheAttributeTheSettingsNameMatchedIgnoringCase() {
    ObjectNode user = server.addEmployee("u-8", "Hana Ito", "Finance", null, 4, "en-GB");
    ((ObjectNode) user.get(StandInScimServer.ENTERPRISE)).put("costCenter", "Band 8c");
    user.putObject("urn:example:params:scim:schemas:extension:trust:1.0:User").putObject("grade")
        .put("number", 6).put("name", "Senior practitioner");
    user.put("title", "Band 5 nurse");
    ScimSettings settings = ScimSettings.of(URI.create(server.baseUrl()), TOKEN);

    assertThat(band(settings)).as("Flipside's own extension by default").containsExactly(4, "Band 4");
    String costCenter = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:COSTCENTER";
    assertThat(band(settings.withBandAttributes(costCenter, costCenter))).containsExactly(8, "Band 8c");
    String grade = "urn:example:params:scim:schemas:extension:trust:1.0:User:grade.";
    assertThat(band(settings.withBandAttributes(grade + "number", grade + "name")))
        .containsExactly(6, "Senior practitioner");
    assertThat(band(settings.withBandAttributes("urn:ietf:params:scim:schemas:core:2.0:User:title", "title")))
        .containsExactly(5, "Band 5 nurse");
    assertThat(band(settings.withBandAttributes("nickName", "nickName"))).as("an attribute the user lacks")
        .containsExactly(0, "");
  }

  @Test
  void aBandAttributeThatIsNoAttributePathIsRefusedByName() {
    ScimSettings settings = ScimSettings.of(URI.create(server.baseUrl()), TOKEN);
    for (String malformed : List.of(" ", "urn:band", "a.b.c", "grade number", "name.")) {
      assertThatThrownBy(() -> settings.withBandAttributes(malformed, "title"))
          .hasMessage("bandAttribute must be a SCIM attribute path such as title, name.familyName or"
              + " urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter but was " + malformed);
    }
    assertThatThrownBy(() -> settings.withBandAttributes("title", "9"))
        .hasMessageStartingWith("bandLabelAttribute must be a SCIM attribute path");
  }

  private List<Object> band(ScimSettings settings) {
    Employee employee = new ScimEmployeeDirectory(settings).find("u-8").orElseThrow();
    return List.of(employee.band(), employee.bandLabel());
  }

  @Test
  void aUserWithoutExtensionsFallsBackToTheCoreAttributes() {
    server.addUser("u-1", "jo@trust.example", " ").putObject("name").put("formatted", "Jo Bloggs");

    Employee employee = directory.find("u-1").orElseThrow();
    assertThat(employee.displayName()).isEqualTo("Jo Bloggs");
    assertThat(employee.department()).isEmpty();
    assertThat(employee.managerId()).isNull();
    assertThat(employee.locale()).isEqualTo(Locale.getDefault());
  }

  @Test
  void aUserTheServerGivesWithoutAnyNameIsAServerFault() {
    ObjectNode user = server.addUser("u-1", "x", "x");
    user.remove(List.of("userName", "displayName"));

    assertThatThrownBy(() -> directory.find("u-1")).isInstanceOf(RemoteServiceException.class)
        .hasMessage("the SCIM server gave the user u-1 with no displayName, name.formatted or userName");
  }

  @Test
  void anIdTheServerDoesNotKnowIsNoEmployee() {
    assertThat(directory.find("nobody/../x")).isEmpty();
    assertThat(server.requests().get(0).path()).isEqualTo("/scim/v2/Users/nobody%2F..%2Fx");
  }

  @Test
  void everyPageIsReadAndLeaversAreLeftOut() {
    for (int i = 1; i <= 7; i++) {
      server.addEmployee("u-" + i, "Employee " + i, "Ward " + i, null, 5, "en");
    }
    server.leave("u-2");
    server.leave("u-6");
    directory = new ScimEmployeeDirectory(new ScimSettings(URI.create(server.baseUrl()), TOKEN, 3,
        Duration.ofSeconds(5), Map.of()));

    assertThat(directory.employees()).extracting(Employee::id).containsExactly("u-1", "u-3", "u-4", "u-5", "u-7");
    // the server gives two a page though asked for three: the client goes on from where the page ended
    assertThat(server.requests()).extracting(request -> request.parameter("startIndex") + "/" + request.parameter("count"))
        .containsExactly("1/3", "3/3", "5/3", "7/3");
  }

  @Test
  void aLeaverIsFoundAsNoLongerEmployed() {
    server.addEmployee("u-1", "Leaver", "Ops", null, 3, "en");
    server.leave("u-1");

    assertThat(directory.find("u-1")).get().extracting(Employee::employed).isEqualTo(false);
  }

  @Test
  void aUserNameIsLookedUpWithAQuotedFilter() {
    server.addUser("u-1", "o\"brien\\x", "Pat O'Brien");
    server.addUser("u-2", "obrien", "Someone else");

    assertThat(directory.findByUserName("o\"brien\\x")).get().extracting(Employee::id).isEqualTo("u-1");
    assertThat(directory.findByUserName("nobody")).isEmpty();
    assertThat(server.requests().get(0).parameter("filter")).isEqualTo("userName eq \"o\\\"brien\\\\x\"");
  }

  @Test
  void aRolesHoldersAreTheEmployedMembersOfItsGroupAskedOfTheGroupAlone() {
    server.addEmployee("hr-1", "HR One", "People", null, 7, "en");
    server.addEmployee("hr-2", "HR Two", "People", null, 6, "en");
    server.addEmployee("other", "Not HR", "Finance", null, 3, "en");
    server.leave("hr-2");
    server.addGroup("g-nested", "HR Interns", "other");
    server.addGroup("g-hr", "HR Administrators", "hr-1", "hr-2", "g-nested");

    assertThat(directory.holdersOf(FlipsideRoles.HR_ADMIN)).extracting(Employee::id).containsExactly("hr-1");
    assertThat(server.requests()).extracting(request -> request.path() + " " + request.parameter("filter"))
        .containsExactly("/scim/v2/Groups displayName eq \"HR Administrators\"", "/scim/v2/Users/hr-1 null",
            "/scim/v2/Users/hr-2 null");
    assertThat(server.requests().get(0).parameter("attributes")).isEqualTo("members");
  }

  @Test
  void aRoleWithoutAConfiguredGroupIsHeldByTheGroupNamedAsTheRole() {
    server.addEmployee("edi", "EDI Lead", "People", null, 7, "en");
    server.addGroup("g-edi", FlipsideRoles.EDI_LEAD, "edi");

    assertThat(directory.holdersOf(FlipsideRoles.EDI_LEAD)).extracting(Employee::id).containsExactly("edi");
    assertThat(directory.holdersOf(FlipsideRoles.SPONSOR)).isEmpty();
  }

  @Test
  void anEmployeesGroupsComeFromTheGroupsThatListThemAndTheirRolesFromTheConfiguredGroups() {
    server.addEmployee("u-1", "Member", "Finance", null, 4, "en");
    server.addGroup("g-hr", "HR Administrators", "u-1");
    server.addGroup("g-net", "BME staff network", "u-1");
    server.addGroup("g-other", "Finance team", "u-9");

    assertThat(directory.groupsOf("u-1")).containsExactly("HR Administrators", "BME staff network");
    assertThat(directory.rolesOf("u-1")).containsExactly(FlipsideRoles.HR_ADMIN, "BME staff network");
    assertThat(server.requests().get(0).parameter("filter")).isEqualTo("members.value eq \"u-1\"");
    assertThat(server.requests().get(0).parameter("attributes")).isEqualTo("displayName");
    assertThat(directory.groupsOf("u-9")).containsExactly("Finance team");
  }

  @Test
  void unitsRunFromTheDepartmentUpThroughTheEnterpriseExtension() {
    Employee employee = employee("u-1", "Cardiology", "Medicine", "Cardiff Trust");
    assertThat(directory.unitsOf(employee)).containsExactly("Cardiology", "Medicine", "Cardiff Trust");

    employee = employee("u-2", "Estates", "Estates", "Cardiff Trust");
    assertThat(directory.unitsOf(employee)).containsExactly("Estates", "Cardiff Trust");
  }

  @Test
  void aServerErrorBecomesARemoteServiceExceptionWithTheServersDetail() {
    server.failNext(503, "directory sync in progress");

    assertThatThrownBy(() -> directory.find("u-1"))
        .isInstanceOfSatisfying(RemoteServiceException.class, e -> assertThat(e.status()).isEqualTo(503))
        .hasMessage("SCIM server " + server.baseUrl() + " answered 503 to GET /scim/v2/Users/u-1: "
            + "directory sync in progress")
        .hasNoCause();
  }

  @Test
  void aServerThatFailsMidListFailsTheWholeList() {
    for (int i = 1; i <= 3; i++) {
      server.addEmployee("u-" + i, "Employee " + i, "Ward", null, 5, "en");
    }
    server.failAfter(1, 500, "database timeout");

    assertThatThrownBy(() -> directory.employees()).hasMessageEndingWith(
        "answered 500 to GET /scim/v2/Users?startIndex=3&count=100: database timeout");
  }

  @Test
  void aWrongTokenIsReportedAsRefused() {
    directory = new ScimEmployeeDirectory(ScimSettings.of(URI.create(server.baseUrl()), "expired"));

    assertThatThrownBy(() -> directory.employees())
        .isInstanceOfSatisfying(RemoteServiceException.class, e -> assertThat(e.status()).isEqualTo(401))
        .hasMessageContaining("answered 401 to GET /scim/v2/Users?startIndex=1&count=100: the credential was not accepted");
  }

  @Test
  void anUnreachableServerIsReportedWithoutTheClientsTypes() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    directory = new ScimEmployeeDirectory(ScimSettings.of(URI.create("http://127.0.0.1:" + closedPort + "/scim/v2/"),
        TOKEN));

    assertThatThrownBy(() -> directory.find("u-1"))
        .isInstanceOfSatisfying(RemoteServiceException.class, e -> assertThat(e.status()).isZero())
        .hasMessageStartingWith("SCIM server http://127.0.0.1:" + closedPort + "/scim/v2 did not answer GET "
            + "/scim/v2/Users/u-1: ConnectException")
        .hasNoCause();
  }

  private Employee employee(String id, String department, String division, String organisation) {
    ((ObjectNode) server.addEmployee(id, id, department, null, 5, "en").get(StandInScimServer.ENTERPRISE))
        .put("division", division).put("organization", organisation);
    return directory.find(id).orElseThrow();
  }
}
