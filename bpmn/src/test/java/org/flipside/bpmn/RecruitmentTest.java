package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Messages;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Stages;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/** Recruitment: invitations, the application window, and what happens when too few apply. */
class RecruitmentTest extends ProcessTestCase {

  @Test
  void recruitmentWithNoApplicantsIsExtendedOnceThenCancelled() throws Exception {
    delegates.mentorApplicants = 0;
    delegates.menteeApplicants = 0;
    delegates.uninvitedAfterExtension = List.of("ben");
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT, Map.of());

    invitee("amira", "none");
    closeTheApplicationWindow();
    assertThat(programme).task().hasDefinitionKey("DecideOnThinRecruitment").isAssignedTo(PROGRAMME_MANAGER);
    decideOnThinRecruitment("extend");

    assertThat(tasks("Apply")).extracting(task -> task.getAssignee()).containsExactly("ben");
    invitee("ben", "none");
    decideOnThinRecruitment("cancel");

    assertThat(programme).isEnded().hasPassedInOrder(
        "ExtendApplicationWindow", "CountApplications", "RecruitmentCancelled", "NoApplicants",
        "CancelProgramme", "ProgrammeCancelled");
    verify(delegates.get(BuildingBlocks.EXTEND_APPLICATION_WINDOW), times(1)).execute(any());
    verify(delegates.get(BuildingBlocks.COUNT_APPLICATIONS), times(2)).execute(any());
    verify(delegates.get(BuildingBlocks.CANCEL_PROGRAMME), times(1)).execute(any());
    verify(delegates.get(BuildingBlocks.APPROVE_APPLICANTS), never()).execute(any());
    verify(delegates.get(BuildingBlocks.PROPOSE_MATCHES), never()).execute(any());
  }

  @Test
  void theWaitlistIsOfferedItsPlacesBeforeAnyoneIsInvited() throws Exception {
    delegates.waitlistedIds = List.of("dana", "eli");
    delegates.invitees = List.of("amira");
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT, Map.of());

    assertThat(tasks("ConfirmPlace")).extracting(Task::getAssignee).containsExactlyInAnyOrder("dana", "eli");
    assertThat(tasks("Apply")).as("nobody is invited while the waitlist answers").isEmpty();
    verify(delegates.get(BuildingBlocks.OPEN_RECRUITMENT), never()).execute(any());

    complete(tasks("ConfirmPlace").stream().filter(task -> task.getAssignee().equals("dana")).findFirst().orElseThrow(),
        Variables.createVariables().putValue(Vars.PLACE_ANSWER.name(), "confirm"));
    assertThat(tasks("Apply")).as("eli has not answered yet").isEmpty();
    executeJobOf("PlaceOffersLapse");

    assertThat(tasks("ConfirmPlace")).as("eli's offer lapsed").isEmpty();
    assertThat(tasks("Apply")).extracting(Task::getAssignee).containsExactly("amira");
    assertThat(programme).hasPassedInOrder("OfferWaitlistedPlaces", "RecordPlaceAnswer", "PlaceOffersLapse",
        "OpenRecruitment");
    verify(delegates.get(BuildingBlocks.RECORD_PLACE_ANSWER), times(1)).execute(any());
  }

  @Test
  void withNobodyWaitlistedTheInvitationsGoOutAtOnce() {
    delegates.invitees = List.of("amira");
    startProgrammeBefore(Stages.RECRUITMENT, Map.of());

    assertThat(tasks("Apply")).extracting(Task::getAssignee).containsExactly("amira");
    assertThat(managementService().createJobQuery().activityId("PlaceOffersLapse").count()).isZero();
  }

  @Test
  void eachCommunicationsContactRunsTheCampaignWhileTheWindowIsOpenAndAnUnansweredStepEndsWhenItCloses()
      throws Exception {
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT,
        Map.of(Vars.COMMUNICATIONS_CONTACT_IDS.name(), new ArrayList<>(List.of("comms-lead", "flipside-guest-1"))));

    assertThat(tasks("RunRecruitmentCampaign")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("comms-lead", "flipside-guest-1");
    verify(delegates.get(BuildingBlocks.BRIEF_COMMUNICATIONS_CONTACTS), times(1)).execute(any());
    complete(tasks("RunRecruitmentCampaign").stream().filter(task -> task.getAssignee().equals("comms-lead"))
        .findFirst().orElseThrow());
    invitee("amira", "mentor");
    assertThat(tasks("RunRecruitmentCampaign")).as("the campaign holds nothing up").hasSize(1);
    closeTheApplicationWindow();

    assertThat(tasks("RunRecruitmentCampaign")).as("the guest's unanswered step ended with the window").isEmpty();
    assertThat(programme).hasPassed("WindowClosesOnTheCampaign", "RecruitmentCampaignClosed")
        .isWaitingAt("ReviewApplications");
  }

  @Test
  void anExtendedWindowIsPromotedAgainByEachCommunicationsContact() throws Exception {
    delegates.mentorApplicants = 0;
    delegates.menteeApplicants = 0;
    delegates.uninvitedAfterExtension = List.of("ben");
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT,
        Map.of(Vars.COMMUNICATIONS_CONTACT_IDS.name(), new ArrayList<>(List.of("comms-lead"))));
    complete(tasks("RunRecruitmentCampaign").get(0));
    invitee("amira", "none");
    closeTheApplicationWindow();

    decideOnThinRecruitment("extend");

    assertThat(tasks("RunRecruitmentCampaign")).as("the extended window's campaign")
        .extracting(Task::getAssignee).containsExactly("comms-lead");
    verify(delegates.get(BuildingBlocks.BRIEF_COMMUNICATIONS_CONTACTS), times(2)).execute(any());
    invitee("ben", "none");
    assertThat(tasks("RunRecruitmentCampaign")).as("ended unanswered with the extended window").isEmpty();
    assertThat(programme).isWaitingAt("DecideOnThinRecruitment");
  }

  @Test
  void withoutACommunicationsContactNoCampaignStepOpensAndEveryoneAnsweringClosesTheWindow() {
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT, Map.of());

    assertThat(tasks("RunRecruitmentCampaign")).isEmpty();
    invitee("amira", "mentor");
    invitee("ben", "mentee");
    assertThat(programme).hasPassed("RecruitmentCampaignRun", "RecruitmentCampaignCloses")
        .isWaitingAt("ReviewApplications");
  }

  @Test
  void mentorsWithoutMenteesAreTooFewToPair() {
    delegates.mentorApplicants = 2;
    delegates.menteeApplicants = 0;
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT, Map.of());

    invitee("amira", "mentor");
    invitee("ben", "mentor");

    assertThat(programme).isWaitingAt("DecideOnThinRecruitment");
  }

  @Test
  void applicationWindowClosingWithUnansweredInvitationsCountsTheApplicationsReceived() throws Exception {
    delegates.invitees = List.of("amira", "ben", "chen");
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT, Map.of());
    String deadline = (String) runtimeService().getVariable(programme.getId(), Vars.APPLICATION_DEADLINE.name());
    assertThat(jobOf("ApplicationWindowCloses").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(deadline));

    ProcessInstance amirasInvitation = invitationOf("amira");
    ProcessInstance chensInvitation = invitationOf("chen");
    invitee("amira", "mentor");
    invitee("ben", "mentee");
    closeTheApplicationWindow();

    assertThat(tasks("Apply")).as("chen's unanswered invitation is withdrawn").isEmpty();
    assertThat(programme).hasPassed("ApplicationWindowCloses", "CountApplications")
        .isWaitingAt("ReviewApplications");
    assertThat(amirasInvitation).isEnded().hasPassed("Apply", "CloseInvitation", "InvitationClosed")
        .hasNotPassed("EveryoneAnswered");
    assertThat(chensInvitation).isEnded().hasPassed("InvitationExpires", "InvitationWithdrawn");
  }

  @Test
  void eachInviteeHasTheirOwnInvitationStartedABatchAtATimeEachBatchInItsOwnTransaction() throws Exception {
    delegates.invitees = List.of("amira", "ben", "chen");
    delegates.invitationBatch = 2;
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT, Map.of());

    assertThat(tasks("Apply")).as("the first batch starts at once").hasSize(2);
    assertThat(programme).isWaitingAt("NextInvitationBatch");
    executeJobOf("NextInvitationBatch");

    assertThat(tasks("Apply")).extracting(task -> task.getAssignee()).containsExactlyInAnyOrder("amira", "ben", "chen");
    assertThat(tasks("Apply")).extracting(task -> task.getProcessInstanceId()).doesNotContain(programme.getId())
        .doesNotHaveDuplicates();
    assertThat(programme).isWaitingAt("AwaitApplications");
    verify(delegates.get(BuildingBlocks.SEND_INVITATIONS), times(2)).execute(any());
  }

  @Test
  void theLastInvitationAnsweredClosesTheWindowEvenWhenItsInviteeLeft() {
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT, Map.of());
    ProcessInstance bensInvitation = invitationOf("ben");

    invitee("amira", "mentor");
    runtimeService().messageEventReceived(Messages.ASSIGNEE_LEFT,
        taskService().createTaskQuery().taskDefinitionKey("Apply").taskAssignee("ben").singleResult().getExecutionId());

    assertThat(bensInvitation).isEnded().hasPassed("InviteeLeft", "CloseInvitation", "EveryoneAnswered", "LastInvitationClosed");
    assertThat(programme).hasPassed("EveryInvitationAnswered").hasNotPassed("ApplicationWindowCloses")
        .isWaitingAt("ReviewApplications");
    assertThat(managementService().createJobQuery().count()).as("no timer of the window is left").isZero();
  }

  @Test
  void nobodyToInviteClosesTheWindowAtOnce() throws Exception {
    delegates.invitees = List.of();
    delegates.mentorApplicants = 0;
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT, Map.of());

    assertThat(programme).isWaitingAt("DecideOnThinRecruitment");
    verify(delegates.get(BuildingBlocks.SEND_INVITATIONS), times(1)).execute(any());
  }

  @Test
  void eachInvitationKeepsItsAnswersToItself() {
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT, Map.of());

    invitee("amira", "mentor");

    assertThat(runtimeService().getVariables(programme.getId()))
        .doesNotContainKeys(Vars.INTEREST.name(), Vars.COMPLETED_BY.name());
  }

  @Test
  void reviewedApplicantsAreApprovedAndMatchingBegins() throws Exception {
    ProcessInstance programme = startProgrammeBefore(Stages.RECRUITMENT, Map.of());
    invitee("amira", "mentor");
    invitee("ben", "mentee");

    approveAllApplications();

    verify(delegates.get(BuildingBlocks.APPROVE_APPLICANTS), times(1)).execute(any());
    assertThat(programme).isWaitingAt("ReviewMatches");
    assertThat(delegates.stagesEntered()).containsExactly(Stages.RECRUITMENT, Stages.MATCHING);
  }

  /** The window's end: each open invitation's own timer withdraws it, and the lifecycle's counts the applications. */
  private void closeTheApplicationWindow() {
    managementService().createJobQuery().activityId("InvitationExpires").list()
        .forEach(job -> managementService().executeJob(job.getId()));
    executeJobOf("ApplicationWindowCloses");
  }

  private ProcessInstance invitationOf(String invitee) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(Processes.INVITATION)
        .variableValueEquals(Vars.INVITEE.name(), invitee).singleResult();
  }
}
