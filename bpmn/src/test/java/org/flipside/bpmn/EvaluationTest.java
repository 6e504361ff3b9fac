package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
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
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Stages;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/** The baseline survey beside the kick-off and sessions, and the themes the HR admin adds one at a time. */
class EvaluationTest extends ProcessTestCase {

  @Test
  void baselineSurveyClosesWhenSessionsStartAndNoOneWhoDidNotAnswerHoldsTheProgrammeUp() throws Exception {
    ProcessInstance programme = startProgrammeBefore("BaselineFork", matched());

    assertThat(programme).isWaitingAt("WorkshopsHeld", "AwaitBaselineAnswers");
    String deadline = (String) runtimeService().getVariable(programme.getId(), Vars.BASELINE_DEADLINE.name());
    assertThat(jobOf("BaselineWindowCloses").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(deadline));
    assertThat(tasks("AnswerBaselineSurvey")).as("each respondent's survey its own instance, under the programme's id")
        .allSatisfy(task -> assertThat(runtimeService().createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).processDefinitionKey(Processes.BASELINE_RESPONDENT)
            .processInstanceBusinessKey(programme.getBusinessKey()).count()).isOne())
        .extracting(task -> task.getAssignee()).containsExactlyInAnyOrder("amira", "ben");
    assertThat(managementService().createJobQuery().activityId("BaselineSurveyExpires").list())
        .as("each respondent's survey is withdrawn when sessions start").hasSize(2)
        .allSatisfy(job -> assertThat(job.getDuedate().toInstant()).isEqualTo(Delegates.dueDate(deadline)));
    assertThat(delegates.stagesEntered()).containsExactly(Stages.KICK_OFF_WORKSHOPS);
    taskService().complete(taskOf("amira").getId());

    executeJobOf("BaselineWindowCloses");
    executeJobOf("BaselineSurveyExpires");

    assertThat(tasks("AnswerBaselineSurvey")).isEmpty();
    assertThat(programme).hasPassed("BaselineClosed").hasNotPassed("BaselineAnswered", "BaselineJoin");
    theOnePairMeetsThroughItsSessions();
    assertThat(programme).hasPassed("BaselineJoin").isWaitingAt("AwaitFinalAnswers");
    assertThat(tasks("AnswerFinalSurvey")).hasSize(2);
  }

  @Test
  void evaluationWaitsForTheBaselineWhenSessionsEndFirst() throws Exception {
    ProcessInstance programme = startProgrammeBefore("BaselineFork", matched());
    theOnePairMeetsThroughItsSessions();

    assertThat(programme).isWaitingAt("AwaitBaselineAnswers", "BaselineJoin");
    verify(delegates.get(BuildingBlocks.OPEN_FINAL_SURVEY), never()).execute(any());

    everyoneAnswersTheBaselineSurvey();

    assertThat(programme).hasPassed("EveryBaselineAnswered", "BaselineAnswered", "BaselineJoin")
        .isWaitingAt("AwaitFinalAnswers");
    assertThat(managementService().createJobQuery().activityId("BaselineWindowCloses").count()).isZero();
  }

  @Test
  void withNobodyToAskNeitherSurveyWaitsForItsWindow() throws Exception {
    delegates.respondentIds = List.of();
    ProcessInstance programme = startProgrammeBefore("BaselineFork", matched());
    assertThat(programme).hasPassed("BaselineAnswered").hasNotPassed("AwaitBaselineAnswers", "NextBaselineBatch")
        .isWaitingAt("WorkshopsHeld", "BaselineJoin");
    assertThat(runtimeService().getVariable(programme.getId(), Vars.BASELINE_RESPONDENT_COUNT.name())).isEqualTo(0);
    theOnePairMeetsThroughItsSessions();
    assertThat(programme).hasPassed("SurveyClosed", "CompileEvaluation").isWaitingAt("ReviewEvaluation");
  }

  @Test
  void withSomeToAskTheLifecycleHoldsHowManyAndNotWho() throws Exception {
    ProcessInstance programme = startProgrammeBefore("BaselineFork", matched());

    assertThat(programme).hasNotPassed("BaselineAnswered", "NextBaselineBatch")
        .isWaitingAt("WorkshopsHeld", "AwaitBaselineAnswers");
    assertThat(runtimeService().getVariables(programme.getId()))
        .containsEntry(Vars.BASELINE_RESPONDENT_COUNT.name(), 2).containsEntry(Vars.SURVEYS_STARTED.name(), 2)
        .doesNotContainKeys(Vars.RESPONDENTS_TO_ASK.name(), "baselineRespondentIds");
  }

  @Test
  void aSurveyLargerThanABatchAsksEveryoneABatchATimeAndTheLastAnswerClosesItOnce() throws Exception {
    delegates.respondentIds = List.of("amira", "ben", "chen");
    delegates.surveyBatch = 2;
    ProcessInstance programme = startProgrammeBefore("BaselineFork", matched());

    assertThat(tasks("AnswerBaselineSurvey")).as("the first batch starts at once").hasSize(2);
    assertThat(programme).isWaitingAt("WorkshopsHeld", "NextBaselineBatch");
    for (org.camunda.bpm.engine.task.Task task : tasks("AnswerBaselineSurvey")) {
      taskService().complete(task.getId());
    }
    assertThat(programme).as("two of three answered before the last batch started: the survey stays open")
        .isWaitingAt("WorkshopsHeld", "NextBaselineBatch");
    executeJobOf("NextBaselineBatch");

    assertThat(tasks("AnswerBaselineSurvey")).extracting(task -> task.getAssignee()).containsExactly("chen");
    assertThat(programme).isWaitingAt("WorkshopsHeld", "AwaitBaselineAnswers").variables()
        .doesNotContainKey(Vars.RESPONDENTS_TO_ASK.name());
    taskService().complete(taskOf("chen").getId());

    assertThat(programme).hasPassed("EveryBaselineAnswered").isWaitingAt("WorkshopsHeld", "BaselineJoin");
    assertThat(historyService().createHistoricActivityInstanceQuery().activityId("BaselineAnswered").count())
        .as("closed once").isOne();
    assertThat(managementService().createJobQuery().activityId("BaselineWindowCloses").count()).isZero();
    verify(delegates.get(BuildingBlocks.ASK_BASELINE_RESPONDENTS), times(2)).execute(any());
  }

  @Test
  void theHrAdminAddsThemesOneAtATimeAndTheReportIsCompiledOnceWhenTheyFinish() throws Exception {
    ProcessInstance programme = startProgrammeBefore(Stages.EVALUATION, Map.of(Vars.COHORT_ID.name(), "cohort-1"));
    everyoneAnswersTheFinalSurvey();
    assertThat(programme).task().hasDefinitionKey("ReviewEvaluation").isAssignedTo(PROGRAMME_MANAGER);

    addATheme("another");
    assertThat(programme).isWaitingAt("ReviewEvaluation");
    addATheme("another");
    verify(delegates.get(BuildingBlocks.COMPILE_REPORT), never()).execute(any());
    addATheme("finish");

    verify(delegates.get(BuildingBlocks.COMPILE_EVALUATION), times(1)).execute(any());
    verify(delegates.get(BuildingBlocks.COMPILE_REPORT), times(1)).execute(any());
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(programme.getId())
        .activityId("ReviewEvaluation").count()).isEqualTo(3);
    assertThat(programme).isWaitingAt("DecideRollout").variables()
        .doesNotContainKey(Vars.EVALUATION_HEADLINE.name());
  }

  private Map<String, Object> matched() {
    return Map.of(Vars.COHORT_ID.name(), "cohort-1", Vars.PAIRING_IDS.name(), new ArrayList<>(delegates.pairingIds));
  }

  private org.camunda.bpm.engine.task.Task taskOf(String assignee) {
    return taskService().createTaskQuery().taskDefinitionKey("AnswerBaselineSurvey").taskAssignee(assignee)
        .singleResult();
  }
}
