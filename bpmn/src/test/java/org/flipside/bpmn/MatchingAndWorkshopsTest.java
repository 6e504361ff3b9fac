package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** Matching, the kick-off workshops and the final survey: the stages between recruitment and rollout. */
class MatchingAndWorkshopsTest extends ProcessTestCase {

  @Test
  void matchProposalTheAdminRejectsIsDiscardedAndProposedAgain() throws Exception {
    ProcessInstance programme = startProgrammeBefore("Matching", Map.of("cohortId", "cohort-1"));
    assertThat(taskService().getVariables(onlyTask("ReviewMatches").getId()))
        .containsEntry("proposedPairs", 1)
        .containsKeys("matchSummary", "pairingOptions");

    complete(onlyTask("ReviewMatches"), Variables.createVariables()
        .putValue("decision", "reject")
        .putValue("rejectedPairingIds", new ArrayList<>(List.of("pairing-1"))));

    assertThat(programme).hasPassedInOrder("ProposeMatches", "DiscardProposal", "ProposeMatches")
        .isWaitingAt("ReviewMatches");
    verify(delegates.get("proposeMatches"), times(2)).execute(any());
    verify(delegates.get("discardProposal"), times(1)).execute(any());

    reviewMatches("publish");

    assertThat(programme).hasPassed("PublishMatches").isWaitingAt("WorkshopsHeld");
    verify(delegates.get("discardProposal"), times(1)).execute(any());
  }

  @Test
  void attendanceIsRecordedPerWorkshopOnceTheWorkshopsAreHeld() throws Exception {
    ProcessInstance programme = startProgrammeBefore("KickOffWorkshops",
        Map.of("cohortId", "cohort-1", "pairingIds", new ArrayList<>(List.of("pairing-1"))));
    String heldBy = (String) runtimeService().getVariable(programme.getId(), "workshopsHeldBy");
    assertThat(jobOf("WorkshopsHeld").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(heldBy));

    holdTheWorkshops();

    List<Task> registers = tasks("RecordAttendance");
    assertThat(registers).extracting(task -> taskService().getVariable(task.getId(), "workshopTitle"))
        .containsExactlyInAnyOrder("Kick-off: mentor-kick-off", "Kick-off: mentee-kick-off");
    assertThat(registers).allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo(PROGRAMME_MANAGER));
    recordAttendanceAtEveryWorkshop();

    verify(delegates.get("saveAttendance"), times(2)).execute(any());
    assertThat(programme).isWaitingAt("PairJourney");
    assertThat(runtimeService().getVariables(programme.getId())).doesNotContainKeys("attendeeIds", "workshopTitle");
  }

  @Test
  void surveyWindowClosingWithUnansweredSurveysCompilesTheResponsesReceived() throws Exception {
    ProcessInstance programme = startProgrammeBefore("Evaluation", Map.of("cohortId", "cohort-1"));
    String deadline = (String) runtimeService().getVariable(programme.getId(), "surveyDeadline");
    assertThat(jobOf("SurveyWindowCloses").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(deadline));
    taskService().complete(tasks("AnswerFinalSurvey").get(0).getId());

    executeJobOf("SurveyWindowCloses");

    assertThat(tasks("AnswerFinalSurvey")).isEmpty();
    verify(delegates.get("compileEvaluation"), times(1)).execute(any());
    assertThat(programme).hasPassed("CompileEvaluation").isWaitingAt("ReviewEvaluation");
  }
}
