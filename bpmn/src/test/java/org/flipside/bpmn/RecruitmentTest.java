package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
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

    invitee("amira", "mentor");
    invitee("ben", "mentee");
    closeTheApplicationWindow();

    assertThat(tasks("Apply")).as("chen's unanswered invitation is withdrawn").isEmpty();
    assertThat(programme).hasPassed("ApplicationWindowCloses", "CountApplications")
        .isWaitingAt("ReviewApplications");
    assertThat(programme).hasPassed("Apply", "InvitationAnswered");
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

  private void closeTheApplicationWindow() {
    executeJobOf("ApplicationWindowCloses");
  }
}
