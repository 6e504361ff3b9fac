package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
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
import org.flipside.bpmn.vocabulary.Stages;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/** What follows the rollout decision: ambassadors beside the next cohort, and a yearly cycle. */
class RolloutTest extends ProcessTestCase {

  @Test
  void expandingAsksTheAmbassadorsWhileTheNextCohortsRecruitmentOpensAtOnce() throws Exception {
    delegates.ambassadorIds = List.of("amira", "ben");
    List<String> answersRecorded = new ArrayList<>();
    delegates.behave(BuildingBlocks.RECORD_AMBASSADOR_ANSWER, step -> answersRecorded.add(
        step.get(Vars.AMBASSADOR_ID) + " " + step.get(Vars.AMBASSADOR_ANSWER)));
    ProcessInstance programme = startProgrammeBefore("DecideRollout", Map.of(Vars.COHORT_ID.name(), "cohort-1"));

    sponsorDecidesOnRollout("expand", Map.of(Vars.MENTOR_MAXIMUM_BAND.name(), 6L));

    assertThat(programme).isWaitingAt("AwaitApplications", "AnswerAmbassadorInvitation");
    assertThat(tasks("AnswerAmbassadorInvitation")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("amira", "ben");
    verify(delegates.get(BuildingBlocks.OPEN_RECRUITMENT), times(1)).execute(any());
    assertThat(runtimeService().getVariable(programme.getId(), Vars.MENTOR_MAXIMUM_BAND.name()))
        .as("the decision's choices stay inside the decision, never over the scoped bands").isNull();

    answerAsAmbassador("amira", "accept");
    assertThat(answersRecorded).containsExactly("amira accept");
    assertThat(runtimeService().getVariable(programme.getId(), Vars.AMBASSADOR_ANSWER.name()))
        .as("each answer is local to its invitation").isNull();

    executeJobOf("AmbassadorRepliesClose");

    assertThat(tasks("AnswerAmbassadorInvitation")).as("ben's unanswered invitation closed").isEmpty();
    assertThat(programme).isWaitingAt("AwaitApplications").hasPassed("AmbassadorRepliesClosed").hasNotPassed("AmbassadorsDone");
    assertThat(answersRecorded).containsExactly("amira accept");
  }

  @Test
  void whenEveryoneAnswersTheAmbassadorsBranchEndsAndTheCohortGoesOn() throws Exception {
    delegates.ambassadorIds = List.of("amira");
    ProcessInstance programme = startProgrammeBefore("DecideRollout", Map.of(Vars.COHORT_ID.name(), "cohort-1"));
    sponsorDecidesOnRollout("expand", Map.of());

    answerAsAmbassador("amira", "decline");

    assertThat(programme).hasPassed("AmbassadorsDone").isWaitingAt("AwaitApplications");
    assertThat(managementService().createJobQuery().activityId("AmbassadorRepliesClose").count()).isZero();
  }

  @Test
  void anAmbassadorWhoLeavesHasTheirInvitationClosedUnanswered() throws Exception {
    delegates.ambassadorIds = List.of("amira");
    ProcessInstance programme = startProgrammeBefore("DecideRollout", Map.of(Vars.COHORT_ID.name(), "cohort-1"));
    sponsorDecidesOnRollout("expand", Map.of());

    runtimeService().messageEventReceived(Messages.ASSIGNEE_LEFT, onlyTask("AnswerAmbassadorInvitation").getExecutionId());

    assertThat(programme).hasPassed("AmbassadorLeft", "AmbassadorsDone").isWaitingAt("AwaitApplications");
    verify(delegates.get(BuildingBlocks.RECORD_AMBASSADOR_ANSWER), never()).execute(any());
  }

  @Test
  void continuingAsksNoAmbassadors() throws Exception {
    ProcessInstance programme = startProgrammeBefore("DecideRollout", Map.of(Vars.COHORT_ID.name(), "cohort-1"));

    sponsorDecidesOnRollout("continue");

    assertThat(programme).isWaitingAt("AwaitApplications").hasPassed("AmbassadorsDone");
    assertThat(tasks("AnswerAmbassadorInvitation")).isEmpty();
  }

  @Test
  void aYearlyCycleOpensTheNextRecruitmentOnlyWhenTheYearIsUp() throws Exception {
    delegates.yearlyRecurrence = true;
    ProcessInstance programme = startProgrammeBefore("DecideRollout", Map.of(Vars.COHORT_ID.name(), "cohort-1"));

    sponsorDecidesOnRollout("continue", Map.of(Vars.YEARLY.name(), true));

    assertThat(programme).isWaitingAt("AYearOn");
    assertThat(jobOf("AYearOn").getDuedate().toInstant())
        .isEqualTo(Delegates.dueDate((String) runtimeService().getVariable(programme.getId(), Vars.NEXT_RECRUITMENT_AT.name())));
    verify(delegates.get(BuildingBlocks.OPEN_RECRUITMENT), never()).execute(any());

    executeJobOf("AYearOn");

    assertThat(programme).isWaitingAt("AwaitApplications");
    verify(delegates.get(BuildingBlocks.OPEN_RECRUITMENT), times(1)).execute(any());
    assertThat(delegates.stagesEntered()).endsWith(Stages.ROLLOUT, Stages.RECRUITMENT);
  }

  private void answerAsAmbassador(String ambassador, String answer) {
    Task task = tasks("AnswerAmbassadorInvitation").stream().filter(open -> ambassador.equals(open.getAssignee()))
        .findFirst().orElseThrow();
    complete(task, Variables.createVariables().putValue(Vars.AMBASSADOR_ANSWER.name(), answer));
  }
}
