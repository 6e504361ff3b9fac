package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the processes on an in-memory engine with every delegate mocked, deploying every process
 * and form as the plugin does. The step methods take the human steps the way a person would.
 */
abstract class ProcessTestCase {

  static final String PROGRAMME_MANAGER = "hr-lead";
  static final String SPONSOR = "sponsor";
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** Per test instance: a static extension in a base class is torn down after the first subclass. */
  @RegisterExtension
  final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("camunda.cfg.xml").build();

  final Delegates delegates = new Delegates();
  private String deploymentId;

  @BeforeEach
  void deployAndRegisterDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    DeploymentBuilder deployment = repositoryService().createDeployment().name("flipside");
    ProcessResources.all().forEach(deployment::addClasspathResource);
    deploymentId = deployment.deploy().getId();
    delegates.register();
  }

  @AfterEach
  void undeployAndForget() {
    Mocks.reset();
    if (deploymentId != null) {
      // the mocks are gone: the instances still running end without their listeners
      repositoryService().deleteDeployment(deploymentId, true, true);
    }
    ClockUtil.reset();
  }

  ProcessInstance startProgramme() {
    return runtimeService().startProcessInstanceByKey(Processes.LIFECYCLE, "programme-1", programmeVariables());
  }

  ProcessInstance startPairJourney() {
    return runtimeService().startProcessInstanceByKey(Processes.PAIR_JOURNEY, "programme-1",
        Variables.createVariables()
            .putValue(Vars.PAIRING_ID.name(), "pairing-1")
            .putValue(Vars.PROGRAMME_ID.name(), "programme-1")
            .putValue(Vars.PROGRAMME_MANAGER.name(), PROGRAMME_MANAGER));
  }

  /** Starts a pair's journey and takes it through the agreement to its first session. */
  ProcessInstance startPairJourneyAtItsFirstSession() {
    ProcessInstance pair = startPairJourney();
    menteeDraftsTheAgreement();
    mentorAnswersTheAgreement("agree");
    return pair;
  }

  /** Starts a programme directly before one of its activities, as if the earlier stages had run. */
  ProcessInstance startProgrammeBefore(String activityId, Map<String, Object> variables) {
    Map<String, Object> all = programmeVariables();
    all.putAll(variables);
    return runtimeService().createProcessInstanceByKey(Processes.LIFECYCLE)
        .businessKey("programme-1")
        .setVariables(all)
        .startBeforeActivity(activityId)
        .execute();
  }

  static Map<String, Object> programmeVariables() {
    return Variables.createVariables()
        .putValue(Vars.PROGRAMME_ID.name(), "programme-1")
        .putValue(Vars.PROGRAMME_MANAGER.name(), PROGRAMME_MANAGER)
        .putValue(Vars.SPONSOR_ID.name(), SPONSOR)
        .putValue(Vars.STAFF_NETWORK_REPRESENTATIVE_IDS.name(), new ArrayList<String>())
        .putValue(Vars.COMMUNICATIONS_CONTACT_IDS.name(), new ArrayList<String>())
        .putValue(Vars.LIAISON_IDS.name(), new ArrayList<String>());
  }

  // ------------------------------------------------------------------ steps people take

  void scopeThePilot() {
    complete(onlyTask("ScopePilot"), Variables.createVariables()
        .putValue(Vars.COHORT_SIZE.name(), 6L)
        .putValue(Vars.APPLICATION_WINDOW_DAYS.name(), 14L)
        .putValue(Vars.SESSIONS_START.name(), "2026-04-01")
        .putValue(Vars.DURATION_MONTHS.name(), 6L)
        .putValue(Vars.SESSION_CADENCE.name(), "P1M")
        .putValue(Vars.MENTOR_MAXIMUM_BAND.name(), 5L)
        .putValue(Vars.MENTEE_MINIMUM_BAND.name(), 8L)
        .putValue(Vars.MINIMUM_BAND_GAP.name(), 2L));
  }

  void sponsorDecides(String decision) {
    complete(onlyTask("SponsorSignOff"), Variables.createVariables().putValue(Vars.DECISION.name(), decision));
  }

  void invitee(String invitee, String interest) {
    Task task = taskService().createTaskQuery().taskDefinitionKey("Apply").taskAssignee(invitee).singleResult();
    assertThat(task).as("invitation to %s", invitee).isNotNull();
    complete(task, Variables.createVariables().putValue(Vars.INTEREST.name(), interest));
  }

  void approveAllApplications() {
    complete(onlyTask("ReviewApplications"),
        Variables.createVariables().putValue(Vars.REJECTED_APPLICATION_IDS.name(), new ArrayList<String>()));
  }

  void decideOnThinRecruitment(String decision) {
    complete(onlyTask("DecideOnThinRecruitment"),
        Variables.createVariables().putValue(Vars.DECISION.name(), decision).putValue(Vars.EXTRA_DAYS.name(), 7L));
  }

  void reviewMatches(String decision) {
    complete(onlyTask("ReviewMatches"), Variables.createVariables().putValue(Vars.DECISION.name(), decision));
  }

  /** From the kick-off workshops to the end of the sessions: the pair agrees, meets once and its period ends. */
  void theOnePairMeetsThroughItsSessions() {
    holdTheWorkshops();
    recordAttendanceAtEveryWorkshop();
    menteeDraftsTheAgreement();
    mentorAnswersTheAgreement("agree");
    pairLogsASession("continue");
    periodEnds();
  }

  void holdTheWorkshops() {
    executeJobOf("WorkshopsHeld");
  }

  void recordAttendanceAtEveryWorkshop() {
    for (Task task : tasks("RecordAttendance")) {
      complete(task, Variables.createVariables().putValue(Vars.ATTENDEE_IDS.name(),
          new ArrayList<>(List.of("participant-1"))));
    }
  }

  void menteeDraftsTheAgreement() {
    complete(onlyTask("DraftLearningAgreement"), Variables.createVariables()
        .putValue(Vars.CONFIDENTIALITY_AGREED.name(), true)
        .putValue(Vars.MEETING_FORMAT.name(), "online")
        .putValue(Vars.FREQUENCY.name(), "P1M")
        .putValue(Vars.ARRANGER.name(), "mentee")
        .putValue(Vars.PROTECTED_TIME.name(), true));
  }

  void mentorAnswersTheAgreement(String agreement) {
    complete(onlyTask("ConfirmLearningAgreement"), Variables.createVariables().putValue(Vars.AGREEMENT.name(),
        agreement));
  }

  void pairLogsASession(String continuePairing) {
    complete(onlyTask("LogSession"), Variables.createVariables()
        .putValue(Vars.HELD.name(), "yes")
        .putValue(Vars.HELD_ON.name(), "2026-04-10")
        .putValue(Vars.DURATION_MINUTES.name(), 60L)
        .putValue(Vars.FORMAT.name(), "online")
        .putValue(Vars.CONTINUE_PAIRING.name(), continuePairing));
  }

  void periodEnds() {
    executeJobOf("AwaitPeriodEnd");
  }

  /** The plugin stores survey answers itself: the engine only sees the task completed. */
  /** For a programme started part-way, as if its baseline survey had already closed: its branch waits at the join. */
  void baselineSurveyAlreadyClosed(ProcessInstance programme) {
    runtimeService().createProcessInstanceModification(programme.getId()).startBeforeActivity("BaselineJoin").execute();
  }

  void everyoneAnswersTheBaselineSurvey() {
    tasks("AnswerBaselineSurvey").forEach(task -> taskService().complete(task.getId()));
  }

  /** The plugin stores survey answers itself: the engine only sees the task completed. */
  void everyoneAnswersTheFinalSurvey() {
    tasks("AnswerFinalSurvey").forEach(task -> taskService().complete(task.getId()));
  }

  /** The plugin stores each theme itself: the engine only hears whether another one follows. */
  void addATheme(String nextStep) {
    complete(onlyTask("ReviewEvaluation"), Variables.createVariables().putValue(Vars.NEXT_STEP.name(), nextStep));
  }

  void groupTheFeedbackIntoThemes() {
    addATheme("finish");
  }

  void sponsorDecidesOnRollout(String rolloutDecision) {
    sponsorDecidesOnRollout(rolloutDecision, Map.of());
  }

  /** The decision with the choices that may come with it: wider bands, a cascade, a yearly cycle. */
  void sponsorDecidesOnRollout(String rolloutDecision, Map<String, Object> choices) {
    Map<String, Object> decision = Variables.createVariables()
        .putValue(Vars.ROLLOUT_DECISION.name(), rolloutDecision);
    decision.putAll(choices);
    complete(onlyTask("DecideRollout"), decision);
  }

  // ------------------------------------------------------------------ queries

  Task onlyTask(String taskDefinitionKey) {
    List<Task> tasks = tasks(taskDefinitionKey);
    assertThat(tasks).as("open %s tasks", taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }

  List<Task> tasks(String taskDefinitionKey) {
    return taskService().createTaskQuery().taskDefinitionKey(taskDefinitionKey).list();
  }

  Job jobOf(String activityId) {
    Job job = managementService().createJobQuery().activityId(activityId).singleResult();
    assertThat(job).as("timer of %s", activityId).isNotNull();
    return job;
  }

  void executeJobOf(String activityId) {
    managementService().executeJob(jobOf(activityId).getId());
  }
}
