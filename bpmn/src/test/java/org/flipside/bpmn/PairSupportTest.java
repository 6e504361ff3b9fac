package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Messages;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Stages;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * "This pairing isn't working": a partner asks for support, the programme manager decides to continue, close or
 * rematch; a rematched pair runs its own journey beside the programme, which never waits for it, and answers the
 * final survey when it finishes.
 */
class PairSupportTest extends ProcessTestCase {

  @Test
  void managerLetsThePairContinueAndTheSessionStaysOpenThroughout() throws Exception {
    delegates.plannedPeriods = 1;
    ProcessInstance pair = pairAtItsFirstSession();

    partnerAsksForSupport(pair, "request-1");

    Task conversation = onlyTask("SupportConversation");
    assertThat(conversation).isAssignedTo(PROGRAMME_MANAGER);
    assertThat(candidateGroupsOf(conversation)).containsExactly("flipside-hr-admin");
    assertThat(taskService().getVariable(conversation.getId(), Vars.SUPPORT_REQUEST_ID.name())).isEqualTo("request-1");
    assertThat(pair).as("asking for support interrupts nothing").isWaitingAt("LogSession", "SupportConversation");

    complete(conversation, Variables.createVariables().putValue(Vars.SUPPORT_DECISION.name(), "continue"));

    verify(delegates.get(BuildingBlocks.APPLY_SUPPORT_DECISION), times(1)).execute(any());
    verify(delegates.get(BuildingBlocks.ERASE_UNDECIDED_SUPPORT_NOTE), times(1)).execute(any());
    assertThat(pair).isWaitingAt("LogSession").hasPassed("SupportGiven").hasNotPassed("PairingEnded");
    pairLogsASession("continue");
    periodEnds();
    assertThat(pair).isEnded().hasPassed("CompletePairing");
  }

  @Test
  void closingThePairingEndsTheJourneyWithNoStepLeftOpen() throws Exception {
    ProcessInstance pair = pairAtItsFirstSession();
    partnerAsksForSupport(pair, "request-1");

    complete(onlyTask("SupportConversation"), Variables.createVariables().putValue(Vars.SUPPORT_DECISION.name(),
        "close"));

    assertThat(pair).isEnded().hasPassed("ApplySupportDecision", "PairingEnded").hasNotPassed("CompletePairing");
    assertThat(taskService().createTaskQuery().processInstanceId(pair.getId()).count()).isZero();
    verify(delegates.get(BuildingBlocks.COMPLETE_PAIRING), never()).execute(any());
  }

  @Test
  void eachRequestKeepsItsOwnIdAndDecision() {
    ProcessInstance pair = pairAtItsFirstSession();
    partnerAsksForSupport(pair, "first");
    partnerAsksForSupport(pair, "second");

    List<Task> conversations = tasks("SupportConversation");
    assertThat(conversations).extracting(task -> taskService().getVariable(task.getId(), Vars.SUPPORT_REQUEST_ID.name()))
        .containsExactlyInAnyOrder("first", "second");
    Task first = conversations.stream()
        .filter(task -> "first".equals(taskService().getVariable(task.getId(), Vars.SUPPORT_REQUEST_ID.name()))).findFirst()
        .orElseThrow();
    complete(first, Variables.createVariables().putValue(Vars.SUPPORT_DECISION.name(), "continue"));

    Task second = onlyTask("SupportConversation");
    assertThat(taskService().getVariable(second.getId(), Vars.SUPPORT_REQUEST_ID.name())).isEqualTo("second");
    assertThat(taskService().getVariable(second.getId(), Vars.SUPPORT_DECISION.name())).as("the first decision stays with it").isNull();
    assertThat(runtimeService().getVariable(pair.getId(), Vars.SUPPORT_DECISION.name())).isNull();
  }

  @Test
  void rematchStartsTheNewPairsJourneyWhichTheRestOfTheCohortDoesNotWaitFor() throws Exception {
    delegates.lateRespondentIds = List.of("amira", "ben");
    delegates.behave(BuildingBlocks.APPLY_SUPPORT_DECISION, step -> {
      if ("rematch".equals(step.get(Vars.SUPPORT_DECISION))) {
        // what the real delegate does once the matching found a new partner
        String programmeInstanceId = runtimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey("programme-1").processDefinitionKey(Processes.LIFECYCLE).singleResult().getId();
        runtimeService().createMessageCorrelation(Messages.PAIR_REMATCHED)
            .processInstanceId(programmeInstanceId)
            .setVariable(Vars.REMATCHED_PAIRING_ID.name(), "pairing-2")
            .correlate();
      }
    });
    ProcessInstance programme = startProgrammeBefore(Stages.SESSIONS, Map.of(
        Vars.COHORT_ID.name(), "cohort-1", Vars.PAIRING_IDS.name(), new ArrayList<>(List.of("pairing-1"))));
    baselineSurveyAlreadyClosed(programme);
    ProcessInstance firstPair = journeyOf("pairing-1");
    menteeDraftsTheAgreement();
    mentorAnswersTheAgreement("agree");
    partnerAsksForSupport(firstPair, "request-1");

    complete(onlyTask("SupportConversation"), Variables.createVariables().putValue(Vars.SUPPORT_DECISION.name(),
        "rematch"));

    assertThat(firstPair).isEnded().hasPassed("PairingEnded");
    ProcessInstance secondPair = journeyOf("pairing-2");
    assertThat(secondPair).isWaitingAt("DraftLearningAgreement");
    assertThat(programme).as("the rest of the cohort goes on to its final survey without the rematched pair")
        .hasPassed(Stages.SESSIONS).isWaitingAt("RematchedPairJourney", "AwaitFinalAnswers");

    menteeDraftsTheAgreement();
    mentorAnswersTheAgreement("agree");
    pairLogsASession("end");

    assertThat(secondPair).isEnded();
    assertThat(programme).hasPassed("OpenLateFinalSurvey").isWaitingAt("AnswerLateFinalSurvey", "AwaitFinalAnswers");
    assertThat(tasks("AnswerLateFinalSurvey")).extracting(task -> task.getAssignee())
        .containsExactlyInAnyOrder("amira", "ben");
    tasks("AnswerLateFinalSurvey").forEach(task -> complete(task));
    assertThat(programme).hasPassed("CloseLateFinalSurvey", "RematchedPairFinished").isWaitingAt("AwaitFinalAnswers");
  }

  @Test
  void aPartnerWhoLeavesEndsTheJourneyAndAnOpenSupportConversationWithIt() throws Exception {
    ProcessInstance pair = pairAtItsFirstSession();
    partnerAsksForSupport(pair, "request-1");

    runtimeService().createMessageCorrelation(Messages.PARTNER_LEAVES)
        .processInstanceId(pair.getId())
        .setVariable(Vars.LEAVER_ID.name(), "amira")
        .setVariable(Vars.HOST_EVENT.name(), "left")
        .correlate();

    assertThat(pair).isEnded().hasPassed("ClosePairingForHostEvent", "PairingClosed")
        .hasNotPassed("ApplySupportDecision", "CompletePairing");
    verify(delegates.get(BuildingBlocks.CLOSE_PAIRING_FOR_HOST_EVENT), times(1)).execute(any());
    verify(delegates.get(BuildingBlocks.ERASE_UNDECIDED_SUPPORT_NOTE), times(1)).execute(any());
    assertThat(taskService().createTaskQuery().processInstanceId(pair.getId()).count()).isZero();
  }

  @Test
  void aLeaversInvitationToApplyEndsWithoutAnApplication() throws Exception {
    ProcessInstance programme = startProgramme();
    scopeThePilot();
    sponsorDecides("approve");
    Task amiras = taskService().createTaskQuery().taskDefinitionKey("Apply").taskAssignee("amira").singleResult();
    ProcessInstance amirasInvitation = runtimeService().createProcessInstanceQuery()
        .processInstanceId(amiras.getProcessInstanceId()).singleResult();

    runtimeService().messageEventReceived(Messages.ASSIGNEE_LEFT, amiras.getExecutionId());

    assertThat(tasks("Apply")).extracting(Task::getAssignee).containsExactly("ben");
    assertThat(amirasInvitation).isEnded().hasPassed("InviteeLeft");
    invitee("ben", "mentee");
    assertThat(programme).isWaitingAt("ReviewApplications");
  }

  @Test
  void aLeaversFinalSurveyEndsWithoutAResponse() throws Exception {
    ProcessInstance programme = startProgrammeBefore(Stages.EVALUATION, Map.of(Vars.COHORT_ID.name(), "cohort-1"));
    Task amiras = taskService().createTaskQuery().taskDefinitionKey("AnswerFinalSurvey").taskAssignee("amira")
        .singleResult();

    int respondents = taskService().createTaskQuery().taskDefinitionKey("AnswerFinalSurvey").list().size();
    runtimeService().messageEventReceived(Messages.ASSIGNEE_LEFT, amiras.getExecutionId());

    assertThat(taskService().createTaskQuery().taskDefinitionKey("AnswerFinalSurvey").list())
        .as("the others still answer").hasSize(respondents - 1);
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(amiras.getProcessInstanceId())
        .activityId("FinalRespondentLeft").count()).as("amira's survey closed as she left").isOne();
    assertThat(programme).as("a survey closed for a leaver counts as closed").isWaitingAt("AwaitFinalAnswers");
    everyoneAnswersTheFinalSurvey();
    assertThat(programme).hasPassed("EveryFinalSurveyAnswered").isWaitingAt("ReviewEvaluation");
  }

  private ProcessInstance pairAtItsFirstSession() {
    ProcessInstance pair = runtimeService().startProcessInstanceByKey(Processes.PAIR_JOURNEY, "programme-1",
        Variables.createVariables()
            .putValue(Vars.PAIRING_ID.name(), "pairing-1")
            .putValue(Vars.PROGRAMME_ID.name(), "programme-1")
            .putValue(Vars.PROGRAMME_MANAGER.name(), PROGRAMME_MANAGER));
    menteeDraftsTheAgreement();
    mentorAnswersTheAgreement("agree");
    return pair;
  }

  /** The request, its note and the names stay in Flipside's own store: the journey gets only the request's id. */
  private static void partnerAsksForSupport(ProcessInstance pair, String requestId) {
    runtimeService().createMessageCorrelation(Messages.SUPPORT_NEEDED)
        .processInstanceId(pair.getId())
        .setVariable(Vars.SUPPORT_REQUEST_ID.name(), requestId)
        .correlate();
  }

  private static ProcessInstance journeyOf(String pairingId) {
    ProcessInstance journey = runtimeService().createProcessInstanceQuery().processDefinitionKey(Processes.PAIR_JOURNEY)
        .variableValueEquals(Vars.PAIRING_ID.name(), pairingId).singleResult();
    assertThat(journey).as("journey of %s", pairingId).isNotNull();
    return journey;
  }

  private static List<String> candidateGroupsOf(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }
}
