package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.DeploymentOrigin;
import org.flipside.api.InvalidProcessesException;
import org.flipside.api.MigrationCandidate;
import org.flipside.api.MigrationReport;
import org.flipside.api.OpenTask;
import org.flipside.api.ProcessDeployment;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProcessResource;
import org.flipside.api.ProcessVersion;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Decisions;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A process owner deploys their own versions of Flipside's diagrams through the API. */
abstract class ProcessLibraryContract extends HostedContract {

  static final String OWNER = TestOrganisation.MGR_OPS;
  static final String LIFECYCLE = Processes.LIFECYCLE;
  static final String LIFECYCLE_FILE = ProcessOwnerEdits.LIFECYCLE_FILE;
  static final String SIGN_OFF_FORM = Forms.SPONSOR_SIGN_OFF;
  static final String RECORD_SCOPE = "${" + BuildingBlocks.RECORD_SCOPE.name() + "}";
  static final String ELIGIBILITY_FILE = "decisions/" + Decisions.ELIGIBILITY.key() + ".dmn";

  @BeforeEach
  void appointProcessOwner() {
    host.organisation.grant(OWNER, FlipsideRoles.PROCESS_OWNER);
  }

  ProcessLibrary library() {
    return host.flipside.processLibrary();
  }

  /** The bundle's lifecycle diagram, changed as a process owner would in Modeler. */
  static ProcessResource lifecycleWith(Consumer<BpmnModelInstance> edit) {
    return ProcessOwnerEdits.edited(LIFECYCLE_FILE, edit);
  }

  /** The lifecycle with the sponsor's sign-off step renamed. */
  static ProcessResource lifecycleWithSignOffNamed(String name) {
    return lifecycleWith(model -> model.getModelElementsByType(UserTask.class).stream()
        .filter(task -> SIGN_OFF_FORM.equals(task.getCamundaFormRef())).forEach(task -> task.setName(name)));
  }

  /** The lifecycle with its scope recorded by a building block that does not exist. */
  static ProcessResource lifecycleWithMisspeltBean() {
    return lifecycleWith(model -> model.getModelElementsByType(ServiceTask.class).stream()
        .filter(task -> RECORD_SCOPE.equals(task.getCamundaDelegateExpression()))
        .forEach(task -> task.setCamundaDelegateExpression("${recordScoop}")));
  }

  /** The id of the bundle's step that records the scope. */
  static String recordScopeStep() {
    return ProcessOwnerEdits.bundled(LIFECYCLE_FILE).getModelElementsByType(ServiceTask.class).stream()
        .filter(task -> RECORD_SCOPE.equals(task.getCamundaDelegateExpression())).findFirst().orElseThrow().getId();
  }

  List<ProcessVersion> lifecycleVersions() {
    return library().versions(Actor.of(TestOrganisation.HR)).stream()
        .filter(version -> version.processKey().equals(LIFECYCLE)).toList();
  }

  @Test
  void aChangedDiagramIsANewVersionThatNewProgrammesStartOnWhileRunningOnesStayOnTheirs() {
    String running = host.createPilot();

    ProcessDeployment deployment = library().deploy(Actor.of(OWNER), "sign-off wording",
        List.of(lifecycleWithSignOffNamed("Sponsor approves the pilot")));

    assertThat(deployment.deployedBy()).isEqualTo(OWNER);
    assertThat(deployment.resources()).containsExactly(LIFECYCLE_FILE);
    assertThat(deployment.processes()).singleElement().satisfies(version -> {
      assertThat(version.processKey()).isEqualTo(LIFECYCLE);
      assertThat(version.version()).isEqualTo(2);
      assertThat(version.origin()).isEqualTo(DeploymentOrigin.PROCESS_OWNER);
    });
    assertThat(lifecycleVersions()).extracting(ProcessVersion::version, ProcessVersion::origin,
            ProcessVersion::deployedBy, ProcessVersion::deploymentName)
        .containsExactly(tuple(1, DeploymentOrigin.BUNDLE, null, "flipside"),
            tuple(2, DeploymentOrigin.PROCESS_OWNER, OWNER, "sign-off wording"));

    String started = host.createPilot();
    for (OpenTask scoping : host.tasks(TestOrganisation.HR, Forms.SCOPE_PILOT)) {
      host.flipside.inbox().complete(Actor.of(TestOrganisation.HR), scoping.id(), FlipsideHost.pilotScope());
    }
    assertThat(host.tasks(TestOrganisation.CEO, SIGN_OFF_FORM))
        .extracting(OpenTask::programmeId, OpenTask::name)
        .containsExactlyInAnyOrder(tuple(running, "Sponsor sign-off"), tuple(started, "Sponsor approves the pilot"));
  }

  @Test
  void aVersionsDiagramAndFormsReadBack() {
    library().deploy(Actor.of(OWNER), "sign-off wording", List.of(lifecycleWithSignOffNamed("Sponsor approves")));
    ProcessVersion newest = lifecycleVersions().get(1);

    assertThat(library().diagram(Actor.of(OWNER), newest.definitionId()).text()).contains("Sponsor approves");
    assertThat(library().forms(Actor.of(OWNER), newest.definitionId()))
        .extracting(ProcessResource::name).contains("forms/" + SIGN_OFF_FORM + ".form");
  }

  @Test
  void aBrokenSetIsRefusedNamingTheElementAndNothingIsDeployed() {
    ProcessResource broken = lifecycleWithMisspeltBean();
    String stepId = recordScopeStep();

    assertThat(library().validate(Actor.of(OWNER), List.of(broken)))
        .extracting(problem -> problem.resource(), problem -> problem.elementId())
        .containsExactly(tuple(LIFECYCLE_FILE, stepId));
    ProcessResource goodForm = ProcessResource.of("forms/flipside-extra.form",
        "{\"id\": \"flipside-extra\", \"components\": []}");
    assertThatThrownBy(() -> library().deploy(Actor.of(OWNER), "typo", List.of(broken, goodForm)))
        .isInstanceOfSatisfying(InvalidProcessesException.class, refused ->
            assertThat(refused.problems()).anySatisfy(problem -> {
              assertThat(problem.resource()).isEqualTo(LIFECYCLE_FILE);
              assertThat(problem.elementId()).isEqualTo(stepId);
              assertThat(problem.message()).contains("${recordScoop}");
            }));

    assertThat(lifecycleVersions()).extracting(ProcessVersion::version).containsExactly(1);
    String programmeId = host.createPilot();
    assertThat(host.task(TestOrganisation.HR, Forms.SCOPE_PILOT).programmeId()).isEqualTo(programmeId);
  }

  /** A process owner's own eligibility table, written as in Modeler: mentors and mentees from Finance alone. */
  static ProcessResource financeOnlyEligibility(String outputName) {
    return ProcessResource.of(ELIGIBILITY_FILE, """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_finance" name="Finance only"
            namespace="http://example.org/dmn">
          <decision id="flipside-eligibility" name="Finance only" camunda:historyTimeToLive="P30D">
            <decisionTable id="DecisionTable_finance" hitPolicy="FIRST">
              <input id="Input_department" label="Department">
                <inputExpression id="Input_department_expression" typeRef="string"><text>department</text></inputExpression>
              </input>
              <input id="Input_band" label="Band">
                <inputExpression id="Input_band_expression" typeRef="integer"><text>band</text></inputExpression>
              </input>
              <output id="Output_invitedAs" label="Invited as" name="%s" typeRef="string" />
              <rule id="Rule_financeMentor">
                <inputEntry id="Rule_financeMentor_department"><text>"Finance"</text></inputEntry>
                <inputEntry id="Rule_financeMentor_band"><text>&lt;= mentorMaximumBand</text></inputEntry>
                <outputEntry id="Rule_financeMentor_out"><text>"mentor"</text></outputEntry>
              </rule>
              <rule id="Rule_financeMentee">
                <inputEntry id="Rule_financeMentee_department"><text>"Finance"</text></inputEntry>
                <inputEntry id="Rule_financeMentee_band"><text>&gt;= menteeMinimumBand</text></inputEntry>
                <outputEntry id="Rule_financeMentee_out"><text>"mentee"</text></outputEntry>
              </rule>
              <rule id="Rule_others">
                <inputEntry id="Rule_others_department"><text>-</text></inputEntry>
                <inputEntry id="Rule_others_band"><text>-</text></inputEntry>
                <outputEntry id="Rule_others_out"><text>"none"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(outputName));
  }

  List<String> invitedToANewPilot() {
    return host.invitedToANewPilot();
  }

  @Test
  void aProcessOwnersEligibilityTableDecidesWhoANewProgrammeInvites() {
    ProcessDeployment deployment = library().deploy(Actor.of(OWNER), "finance only",
        List.of(financeOnlyEligibility("invitedAs")));

    assertThat(deployment.resources()).containsExactly(ELIGIBILITY_FILE);
    assertThat(invitedToANewPilot()).as("Finance's mentors (bands up to 5) and mentees (from 8) alone")
        .containsExactly("dir-finance", "finance-1", "mgr-finance");
  }

  @Test
  void anEligibilityTableWithARenamedOutputIsRefusedAndTheDefaultStillDecides() {
    ProcessResource broken = financeOnlyEligibility("invitedRole");

    assertThat(library().validate(Actor.of(OWNER), List.of(broken)))
        .extracting(problem -> problem.resource(), problem -> problem.elementId())
        .containsExactlyInAnyOrder(tuple(ELIGIBILITY_FILE, "Output_invitedAs"),
            tuple(ELIGIBILITY_FILE, "DecisionTable_finance"));
    assertThatThrownBy(() -> library().deploy(Actor.of(OWNER), "finance only", List.of(broken)))
        .isInstanceOfSatisfying(InvalidProcessesException.class, refused ->
            assertThat(refused.problems()).anySatisfy(problem -> {
              assertThat(problem.resource()).isEqualTo(ELIGIBILITY_FILE);
              assertThat(problem.elementId()).isEqualTo("Output_invitedAs");
              assertThat(problem.message()).contains("invitedRole");
            }));

    assertThat(invitedToANewPilot()).as("nothing was deployed: the bundle's table invites by band")
        .containsExactly("ceo", "dir-finance", "dir-ops", "finance-1", "mgr-finance", "mgr-ops", "ops-1", "ops-2");
  }

  @Test
  void anUnchangedSetDeploysNothingNew() {
    ProcessResource changed = lifecycleWithSignOffNamed("Sponsor approves");
    library().deploy(Actor.of(OWNER), "sign-off wording", List.of(changed));

    ProcessDeployment again = library().deploy(Actor.of(OWNER), "sign-off wording", List.of(changed));

    assertThat(again.processes()).isEmpty();
    assertThat(again.resources()).isEmpty();
    assertThat(lifecycleVersions()).hasSize(2);
  }

  @Test
  void onlyProcessOwnersAndHrAdminsMayUseTheLibrary() {
    Actor mentor = Actor.of(TestOrganisation.FINANCE_1);
    List<ProcessResource> files = List.of(lifecycleWithSignOffNamed("Sponsor approves"));

    assertThatThrownBy(() -> library().deploy(mentor, "mine", files)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining(FlipsideRoles.PROCESS_OWNER);
    assertThatThrownBy(() -> library().validate(mentor, files)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> library().versions(mentor)).isInstanceOf(AccessDeniedException.class);
    assertThat(lifecycleVersions()).hasSize(1);
    assertThat(library().validate(Actor.of(TestOrganisation.HR), files)).isEmpty();
    host.organisation.revoke(OWNER, FlipsideRoles.PROCESS_OWNER);
    assertThatThrownBy(() -> library().deploy(Actor.of(OWNER), "mine", files))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aRunningProgrammeMovesToTheNewVersionAfterAPreviewThatMovesNothing() {
    String running = host.createPilot();
    String target = library().deploy(Actor.of(OWNER), "sign-off wording",
        List.of(lifecycleWithSignOffNamed("Sponsor approves the pilot"))).processes().get(0).definitionId();

    MigrationReport preview = library().previewMigration(Actor.of(OWNER), target);
    assertThat(preview.moved()).extracting(MigrationCandidate::programmeId, MigrationCandidate::fromVersion)
        .containsExactly(tuple(running, 1));
    assertThat(preview.notMoved()).isEmpty();
    assertThat(library().previewMigration(Actor.of(OWNER), target).moved()).as("the preview moved nothing")
        .hasSize(1);

    MigrationReport report = library().migrate(Actor.of(OWNER), target);

    assertThat(report.version()).isEqualTo(2);
    assertThat(report.moved()).extracting(MigrationCandidate::programmeId).containsExactly(running);
    assertThat(library().previewMigration(Actor.of(OWNER), target).moved()).as("nothing left to move").isEmpty();
    host.complete(TestOrganisation.HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    assertThat(host.task(TestOrganisation.CEO, SIGN_OFF_FORM).name()).isEqualTo("Sponsor approves the pilot");
  }

  @Test
  void aProgrammeWaitingInAStepTheNewVersionLacksStaysOnItsVersionAndIsReportedWithWhy() {
    String running = host.createPilot();
    String scoping = ProcessOwnerEdits.bundled(LIFECYCLE_FILE).getModelElementsByType(UserTask.class)
        .stream().filter(task -> Forms.SCOPE_PILOT.equals(task.getCamundaFormRef())).findFirst().orElseThrow()
        .getId();
    String target = library().deploy(Actor.of(OWNER), "scoping renamed", List.of(lifecycleWith(model ->
            model.getModelElementsByType(UserTask.class).stream()
                .filter(task -> task.getId().equals(scoping)).forEach(task -> task.setId("ScopeTheProgramme")))))
        .processes().get(0).definitionId();

    MigrationReport report = library().migrate(Actor.of(OWNER), target);

    assertThat(report.moved()).isEmpty();
    assertThat(report.notMoved()).singleElement().satisfies(candidate -> {
      assertThat(candidate.programmeId()).isEqualTo(running);
      assertThat(candidate.obstacles()).anySatisfy(obstacle -> assertThat(obstacle).contains(scoping));
    });
    host.complete(TestOrganisation.HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    assertThat(host.task(TestOrganisation.CEO, SIGN_OFF_FORM).programmeId()).isEqualTo(running);
  }
}
