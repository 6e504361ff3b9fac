package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Stages;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/** The programme's lifecycle from pilot scoping to the rollout decision. */
class ProgrammeLifecycleTest extends ProcessTestCase {

  @Test
  void eachStaffNetworkRepresentativeReviewsTheScopeBeforeTheSponsorSignsItOff() {
    Map<String, Object> variables = programmeVariables();
    variables.put(Vars.STAFF_NETWORK_REPRESENTATIVE_IDS.name(),
        new ArrayList<>(List.of("network-chair", "flipside-guest-1")));
    ProcessInstance programme = runtimeService().startProcessInstanceByKey(Processes.LIFECYCLE, "programme-1", variables);
    scopeThePilot();

    assertThat(tasks("CoDesignReview")).extracting(task -> task.getAssignee())
        .containsExactlyInAnyOrder("network-chair", "flipside-guest-1");
    assertThat(tasks("SponsorSignOff")).isEmpty();
    tasks("CoDesignReview").forEach(task -> complete(task));
    assertThat(programme).task().hasDefinitionKey("SponsorSignOff").isAssignedTo(SPONSOR);
  }

  @Test
  void withoutStaffNetworkRepresentativesTheScopeGoesStraightToTheSponsor() {
    ProcessInstance programme = startProgramme();
    scopeThePilot();
    assertThat(programme).task().hasDefinitionKey("SponsorSignOff").isAssignedTo(SPONSOR);
  }

  @Test
  void happyPathRunsAllSevenStagesWithOnePairAndClosesWhenTheSponsorStops() throws Exception {
    ProcessInstance programme = startProgramme();

    assertThat(programme).isWaitingAt("ScopePilot").task().isAssignedTo(PROGRAMME_MANAGER);
    scopeThePilot();
    assertThat(programme).task().hasDefinitionKey("SponsorSignOff").isAssignedTo(SPONSOR);
    sponsorDecides("approve");

    assertThat(programme).isWaitingAt("AwaitApplications");
    assertThat(tasks("Apply")).extracting(task -> task.getAssignee()).containsExactlyInAnyOrder("amira", "ben");
    invitee("amira", "mentor");
    invitee("ben", "mentee");
    assertThat(programme).task().hasDefinitionKey("ReviewApplications").isAssignedTo(PROGRAMME_MANAGER);
    approveAllApplications();

    assertThat(programme).task().hasDefinitionKey("ReviewMatches").isAssignedTo(PROGRAMME_MANAGER);
    reviewMatches("publish");

    assertThat(programme).isWaitingAt("WorkshopsHeld", "AwaitBaselineAnswers");
    assertThat(tasks("AnswerBaselineSurvey")).extracting(task -> task.getAssignee())
        .containsExactlyInAnyOrder("amira", "ben");
    everyoneAnswersTheBaselineSurvey();
    holdTheWorkshops();
    assertThat(tasks("RecordAttendance")).hasSize(2);
    recordAttendanceAtEveryWorkshop();

    assertThat(programme).isWaitingAt("PairJourney");
    ProcessInstance pair = calledProcessInstance(Processes.PAIR_JOURNEY, programme);
    assertThat(pair).hasBusinessKey("programme-1").variables()
        .containsEntry(Vars.PAIRING_ID.name(), "pairing-1")
        .containsEntry(Vars.PROGRAMME_ID.name(), "programme-1")
        .containsEntry(Vars.PROGRAMME_MANAGER.name(), PROGRAMME_MANAGER);
    menteeDraftsTheAgreement();
    mentorAnswersTheAgreement("agree");
    pairLogsASession("continue");
    periodEnds();
    assertThat(pair).isEnded().hasPassed("CompletePairing", "PairCompleted");

    assertThat(tasks("AnswerFinalSurvey")).hasSize(2);
    everyoneAnswersTheFinalSurvey();
    groupTheFeedbackIntoThemes();
    assertThat(programme).task().hasDefinitionKey("DecideRollout").isAssignedTo(SPONSOR);
    sponsorDecidesOnRollout("stop");

    assertThat(programme).isEnded().hasPassedInOrder(
        "RecordScope", "RecordSponsorApproval", "OpenRecruitment", "CountApplications", "ApproveApplicants",
        "ProposeMatches", "PublishMatches", "ScheduleWorkshops", "PairJourney", "OpenFinalSurvey",
        "CompileEvaluation", "CompileReport", "RecordRolloutDecision", "CloseProgramme", "ProgrammeClosed");
    assertThat(programme).hasPassed("OpenBaselineSurvey", "BaselineAnswered", "BaselineJoin")
        .hasNotPassed("BaselineClosed");
    assertThat(delegates.stagesEntered()).containsExactlyElementsOf(Stages.IN_ORDER);
    verify(delegates.get(BuildingBlocks.SAVE_ATTENDANCE), times(2)).execute(any());
    verify(delegates.get(BuildingBlocks.CANCEL_PROGRAMME), never()).execute(any());
  }

  @Test
  void sponsorSendsTheScopeBackForRevisionAndApprovesTheSecondDraft() throws Exception {
    ProcessInstance programme = startProgramme();
    scopeThePilot();
    sponsorDecides("revise");

    assertThat(programme).isWaitingAt("ScopePilot");
    scopeThePilot();
    sponsorDecides("approve");

    assertThat(programme).isWaitingAt("AwaitApplications");
    verify(delegates.get(BuildingBlocks.RECORD_SCOPE), times(2)).execute(any());
    verify(delegates.get(BuildingBlocks.RECORD_SPONSOR_APPROVAL), times(1)).execute(any());
  }

  @Test
  void decisionToStopAfterThePilotClosesTheProgramme() throws Exception {
    ProcessInstance programme = startProgrammeBefore("DecideRollout",
        Map.of(Vars.COHORT_ID.name(), "cohort-1"));
    assertThat(delegates.stagesEntered()).containsExactly(Stages.ROLLOUT);

    sponsorDecidesOnRollout("stop");

    assertThat(programme).isEnded().hasPassedInOrder("RecordRolloutDecision", "RolloutDecided",
        "CloseProgramme", "ProgrammeClosed");
    verify(delegates.get(BuildingBlocks.OPEN_RECRUITMENT), never()).execute(any());
  }

  @Test
  void decisionToRunAnotherCohortReturnsToRecruitment() throws Exception {
    ProcessInstance programme = startProgramme();
    runThePilotCohortUpToTheRolloutDecision();

    sponsorDecidesOnRollout("continue");

    assertThat(programme).isActive().isWaitingAt("AwaitApplications");
    verify(delegates.get(BuildingBlocks.OPEN_RECRUITMENT), times(2)).execute(any());
    verify(delegates.get(BuildingBlocks.CLOSE_PROGRAMME), never()).execute(any());
    assertThat(programme).variables().containsEntry(Vars.COHORT_ID.name(), "cohort-2");
    assertThat(delegates.stagesEntered()).endsWith(Stages.ROLLOUT, Stages.RECRUITMENT);
  }

  @Test
  void theMatchReviewsKeptAndRuledOutPairsStayWithItsCohort() {
    ProcessInstance programme = startProgramme();
    scopeThePilot();
    sponsorDecides("approve");
    invitee("amira", "mentor");
    invitee("ben", "mentee");
    approveAllApplications();

    complete(onlyTask("ReviewMatches"), Variables.createVariables().putValue(Vars.DECISION.name(), "publish")
        .putValue(Vars.LOCKED_PAIRING_IDS.name(), "pairing-1").putValue(Vars.REJECTED_PAIRING_IDS.name(), "pairing-2")
        .putValue(Vars.LOCKED_PAIRS.name(), "amira+ben"));

    assertThat(programme).isWaitingAt("WorkshopsHeld", "AwaitBaselineAnswers");
    assertThat(runtimeService().getVariables(programme.getId()))
        .as("the next cohort's matching must not start from the pilot's locks and bans")
        .doesNotContainKeys(Vars.LOCKED_PAIRING_IDS.name(), Vars.REJECTED_PAIRING_IDS.name(), Vars.LOCKED_PAIRS.name());
  }

  @Test
  void decisionToExpandAlsoRunsAnotherCohort() throws Exception {
    ProcessInstance programme = startProgrammeBefore("DecideRollout", Map.of(Vars.COHORT_ID.name(), "cohort-1"));

    sponsorDecidesOnRollout("expand");

    assertThat(programme).isActive().isWaitingAt("AwaitApplications");
    verify(delegates.get(BuildingBlocks.OPEN_RECRUITMENT), times(1)).execute(any());
  }

  private void runThePilotCohortUpToTheRolloutDecision() {
    scopeThePilot();
    sponsorDecides("approve");
    invitee("amira", "mentor");
    invitee("ben", "mentee");
    approveAllApplications();
    reviewMatches("publish");
    everyoneAnswersTheBaselineSurvey();
    theOnePairMeetsThroughItsSessions();
    everyoneAnswersTheFinalSurvey();
    groupTheFeedbackIntoThemes();
  }
}
