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
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Stages;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/** Matching, the kick-off workshops and the final survey: the stages between recruitment and rollout. */
class MatchingAndWorkshopsTest extends ProcessTestCase {

  @Test
  void matchProposalTheAdminRejectsIsDiscardedAndProposedAgain() throws Exception {
    ProcessInstance programme = startProgrammeBefore(Stages.MATCHING, Map.of(Vars.COHORT_ID.name(), "cohort-1"));
    assertThat(taskService().getVariables(onlyTask("ReviewMatches").getId()))
        .containsEntry(Vars.PROPOSED_PAIRS.name(), 1)
        .doesNotContainKeys(Vars.MATCH_SUMMARY.name(), Vars.PAIRING_OPTIONS.name());

    complete(onlyTask("ReviewMatches"), Variables.createVariables()
        .putValue(Vars.DECISION.name(), "reject")
        .putValue(Vars.REJECTED_PAIRING_IDS.name(), new ArrayList<>(List.of("pairing-1"))));

    assertThat(programme).hasPassedInOrder("ProposeMatches", "DiscardProposal", "ProposeMatches")
        .isWaitingAt("ReviewMatches");
    verify(delegates.get(BuildingBlocks.PROPOSE_MATCHES), times(2)).execute(any());
    verify(delegates.get(BuildingBlocks.DISCARD_PROPOSAL), times(1)).execute(any());

    reviewMatches("publish");

    assertThat(programme).hasPassed("PublishMatches").isWaitingAt("WorkshopsHeld");
    verify(delegates.get(BuildingBlocks.DISCARD_PROPOSAL), times(1)).execute(any());
  }

  @Test
  void attendanceIsRecordedPerWorkshopOnceTheWorkshopsAreHeld() throws Exception {
    ProcessInstance programme = startProgrammeBefore(Stages.KICK_OFF_WORKSHOPS,
        Map.of(Vars.COHORT_ID.name(), "cohort-1", Vars.PAIRING_IDS.name(), new ArrayList<>(List.of("pairing-1"))));
    String heldBy = (String) runtimeService().getVariable(programme.getId(), Vars.WORKSHOPS_HELD_BY.name());
    assertThat(jobOf("WorkshopsHeld").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(heldBy));

    holdTheWorkshops();

    List<Task> registers = tasks("RecordAttendance");
    assertThat(registers).extracting(task -> taskService().getVariable(task.getId(), Vars.WORKSHOP_ID.name()))
        .containsExactlyInAnyOrder("mentor-kick-off", "mentee-kick-off");
    assertThat(registers).allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo(PROGRAMME_MANAGER));
    recordAttendanceAtEveryWorkshop();

    verify(delegates.get(BuildingBlocks.SAVE_ATTENDANCE), times(2)).execute(any());
    assertThat(programme).isWaitingAt("PairJourney");
    assertThat(runtimeService().getVariables(programme.getId())).doesNotContainKeys(Vars.ATTENDEE_IDS.name(),
        Vars.WORKSHOP_ID.name());
  }

  @Test
  void withLiaisonsTheyPlanTheKickOffsAndAreOfferedTheRegisters() throws Exception {
    ProcessInstance programme = startProgrammeBefore(Stages.KICK_OFF_WORKSHOPS, Map.of(Vars.COHORT_ID.name(),
        "cohort-1", Vars.PAIRING_IDS.name(), new ArrayList<>(List.of("pairing-1")),
        Vars.LIAISON_IDS.name(), new ArrayList<>(List.of("fellow-7", "flipside-guest-1"))));
    Task plan = onlyTask("PlanKickOff");
    assertThat(plan.getAssignee()).isNull();
    assertThat(candidateUsers(plan)).containsExactlyInAnyOrder("fellow-7", "flipside-guest-1");
    String planBy = (String) runtimeService().getVariable(programme.getId(), Vars.KICK_OFF_PLAN_BY.name());
    assertThat(jobOf("FirstWorkshopStarts").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(planBy));

    complete(plan);
    assertThat(programme).isWaitingAt("WorkshopsHeld");
    holdTheWorkshops();

    List<Task> registers = tasks("RecordAttendance");
    assertThat(registers).hasSize(2).allSatisfy(task -> {
      assertThat(task.getAssignee()).isNull();
      assertThat(candidateUsers(task)).containsExactlyInAnyOrder("fellow-7", "flipside-guest-1");
    });
  }

  @Test
  void anUnansweredPlanEndsWhenTheFirstWorkshopStartsAndHoldsNoRegisterBack() throws Exception {
    ProcessInstance programme = startProgrammeBefore(Stages.KICK_OFF_WORKSHOPS, Map.of(Vars.COHORT_ID.name(),
        "cohort-1", Vars.PAIRING_IDS.name(), new ArrayList<>(List.of("pairing-1")),
        Vars.LIAISON_IDS.name(), new ArrayList<>(List.of("fellow-7"))));

    executeJobOf("FirstWorkshopStarts");

    assertThat(programme).hasPassed("FirstWorkshopStarts").isWaitingAt("WorkshopsHeld");
    assertThat(tasks("PlanKickOff")).isEmpty();
  }

  @Test
  void withNoLiaisonThereIsNoPlanStep() throws Exception {
    ProcessInstance programme = startProgrammeBefore(Stages.KICK_OFF_WORKSHOPS,
        Map.of(Vars.COHORT_ID.name(), "cohort-1", Vars.PAIRING_IDS.name(), new ArrayList<>(List.of("pairing-1"))));

    assertThat(programme).hasNotPassed("PlanKickOff").isWaitingAt("WorkshopsHeld");
  }

  private static List<String> candidateUsers(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null)
        .map(link -> link.getUserId()).toList();
  }

  @Test
  void surveyWindowClosingWithUnansweredSurveysCompilesTheResponsesReceived() throws Exception {
    ProcessInstance programme = startProgrammeBefore(Stages.EVALUATION, Map.of(Vars.COHORT_ID.name(), "cohort-1"));
    String deadline = (String) runtimeService().getVariable(programme.getId(), Vars.SURVEY_DEADLINE.name());
    assertThat(jobOf("SurveyWindowCloses").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(deadline));
    taskService().complete(tasks("AnswerFinalSurvey").get(0).getId());

    executeJobOf("SurveyWindowCloses");
    assertThat(tasks("AnswerFinalSurvey")).as("the unanswered survey waits for its own timer").hasSize(1);
    executeJobOf("FinalSurveyExpires");

    assertThat(tasks("AnswerFinalSurvey")).isEmpty();
    verify(delegates.get(BuildingBlocks.COMPILE_EVALUATION), times(1)).execute(any());
    assertThat(programme).hasPassed("CompileEvaluation").isWaitingAt("ReviewEvaluation");
  }
}
