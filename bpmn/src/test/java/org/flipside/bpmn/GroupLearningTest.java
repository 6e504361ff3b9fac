package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Messages;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Stages;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/** Knowledge sessions for the whole group and the mentees' pre-reading, run beside the pairs' journeys. */
class GroupLearningTest extends ProcessTestCase {

  @Test
  void eachKnowledgeSessionOpensAnAttendanceRegisterForTheManagerOnceItHasBeenHeld() throws Exception {
    Map<String, Integer> sessions = new LinkedHashMap<>();
    sessions.put("knowledge-1", 60);
    sessions.put("knowledge-2", 120);
    delegates.knowledgeSessionDays = sessions;
    ProcessInstance learning = startGroupLearning();

    List<String> ends = strings(runtimeService().getVariable(learning.getId(), Vars.KNOWLEDGE_SESSION_ENDS.name()));
    assertThat(timers("KnowledgeSessionHeld")).extracting(job -> job.getDuedate().toInstant())
        .containsExactlyInAnyOrder(Delegates.dueDate(ends.get(0)), Delegates.dueDate(ends.get(1)));
    assertThat(tasks("RecordKnowledgeSessionAttendance")).isEmpty();

    managementService().executeJob(earliest(timers("KnowledgeSessionHeld")).getId());

    Task register = onlyTask("RecordKnowledgeSessionAttendance");
    assertThat(register.getAssignee()).isEqualTo(PROGRAMME_MANAGER);
    assertThat(taskService().getVariable(register.getId(), Vars.WORKSHOP_ID.name())).isEqualTo("knowledge-1");
    complete(register, Variables.createVariables().putValue(Vars.ATTENDEE_IDS.name(),
        new ArrayList<>(List.of("participant-1"))));
    verify(delegates.get(BuildingBlocks.SAVE_ATTENDANCE), times(1)).execute(any());
    assertThat(learning).isActive();
    assertThat(timers("KnowledgeSessionHeld")).hasSize(1);

    managementService().executeJob(timers("KnowledgeSessionHeld").get(0).getId());
    complete(onlyTask("RecordKnowledgeSessionAttendance"),
        Variables.createVariables().putValue(Vars.ATTENDEE_IDS.name(), new ArrayList<String>()));

    verify(delegates.get(BuildingBlocks.SAVE_ATTENDANCE), times(2)).execute(any());
    assertThat(learning).isEnded().hasPassed("KnowledgeSessionsDone", "PreReadingDone");
  }

  @Test
  void aRegisterTheManagerLeavesOpenClosesWhenTheSessionsEnd() throws Exception {
    delegates.knowledgeSessionDays = Map.of("knowledge-1", 60);
    ProcessInstance learning = startGroupLearning();
    executeJobOf("KnowledgeSessionHeld");
    assertThat(tasks("RecordKnowledgeSessionAttendance")).hasSize(1);
    String closes = (String) runtimeService().getVariable(learning.getId(), Vars.KNOWLEDGE_SESSIONS_CLOSE_AT.name());
    assertThat(jobOf("KnowledgeSessionsClose").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(closes));

    executeJobOf("KnowledgeSessionsClose");

    assertThat(tasks("RecordKnowledgeSessionAttendance")).isEmpty();
    verify(delegates.get(BuildingBlocks.SAVE_ATTENDANCE), times(0)).execute(any());
    assertThat(learning).isEnded().hasPassed("KnowledgeSessionsClosed").hasNotPassed("KnowledgeSessionsDone");
  }

  @Test
  void aMenteeWhoLeavesHasTheirReadingClosedWhileTheOthersKeepTheirs() {
    delegates.menteeIds = List.of("ben", "cara");
    ProcessInstance learning = startGroupLearning();

    runtimeService().messageEventReceived(Messages.ASSIGNEE_LEFT, taskOf("ben").getExecutionId());

    assertThat(tasks("ReadBeforeFirstSession")).extracting(Task::getAssignee).containsExactly("cara");
    complete(taskOf("cara"), Variables.createVariables().putValue(Vars.READING_DONE.name(), true));
    assertThat(learning).hasPassed("ReadingWithdrawn", "PreReadingDone");
  }

  @Test
  void everyMenteeGetsThePreReadingAsATaskTheyMarkDoneAndUnreadOnesCloseWhenTheSessionsEnd() {
    delegates.menteeIds = List.of("ben", "cara");
    ProcessInstance learning = startGroupLearning();

    List<Task> reading = tasks("ReadBeforeFirstSession");
    assertThat(reading).extracting(Task::getAssignee).containsExactlyInAnyOrder("ben", "cara");
    String due = (String) runtimeService().getVariable(learning.getId(), Vars.PRE_READING_DUE.name());
    assertThat(reading).allSatisfy(task -> {
      assertThat(task.getDueDate().toInstant()).isEqualTo(Delegates.dueDate(due));
    });
    complete(taskOf("ben"), Variables.createVariables().putValue(Vars.READING_DONE.name(), true));
    assertThat(tasks("ReadBeforeFirstSession")).extracting(Task::getAssignee).containsExactly("cara");

    String closes = (String) runtimeService().getVariable(learning.getId(), Vars.PRE_READING_CLOSES_AT.name());
    assertThat(jobOf("PreReadingCloses").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(closes));
    executeJobOf("PreReadingCloses");

    assertThat(tasks("ReadBeforeFirstSession")).isEmpty();
    assertThat(learning).isEnded().hasPassed("PreReadingClosed").hasNotPassed("PreReadingDone");
  }

  @Test
  void thePairsSessionsRunWhileThePreReadingIsStillOpen() {
    delegates.menteeIds = List.of("ben");
    ProcessInstance programme = startProgrammeBefore(Stages.SESSIONS,
        Map.of(Vars.COHORT_ID.name(), "cohort-1", Vars.PAIRING_IDS.name(), new ArrayList<>(List.of("pairing-1"))));
    baselineSurveyAlreadyClosed(programme);
    ProcessInstance learning = calledProcessInstance(Processes.GROUP_LEARNING, programme);
    assertThat(learning).hasBusinessKey("programme-1").variables()
        .containsEntry(Vars.PROGRAMME_ID.name(), "programme-1")
        .containsEntry(Vars.COHORT_ID.name(), "cohort-1")
        .containsEntry(Vars.PROGRAMME_MANAGER.name(), PROGRAMME_MANAGER);
    assertThat(tasks("ReadBeforeFirstSession")).hasSize(1);

    menteeDraftsTheAgreement();
    mentorAnswersTheAgreement("agree");
    pairLogsASession("continue");
    periodEnds();

    assertThat(tasks("ReadBeforeFirstSession")).as("the reading is still there to do").hasSize(1);
    assertThat(programme).isWaitingAt("GroupLearning");
    executeJobOf("PreReadingCloses");
    assertThat(programme).hasPassed("GroupLearningDone", "AllPairsFinished").isWaitingAt("AwaitFinalAnswers");
  }

  private ProcessInstance startGroupLearning() {
    return runtimeService().startProcessInstanceByKey(Processes.GROUP_LEARNING, "programme-1", Variables.createVariables()
        .putValue(Vars.PROGRAMME_ID.name(), "programme-1")
        .putValue(Vars.COHORT_ID.name(), "cohort-1")
        .putValue(Vars.PROGRAMME_MANAGER.name(), PROGRAMME_MANAGER));
  }

  private Task taskOf(String assignee) {
    return taskService().createTaskQuery().taskDefinitionKey("ReadBeforeFirstSession").taskAssignee(assignee)
        .singleResult();
  }

  private static List<Job> timers(String activityId) {
    return managementService().createJobQuery().activityId(activityId).list();
  }

  private static Job earliest(List<Job> jobs) {
    return jobs.stream().min((a, b) -> a.getDuedate().compareTo(b.getDuedate())).orElseThrow();
  }

  private static List<String> strings(Object value) {
    return ((List<?>) value).stream().map(String::valueOf).toList();
  }
}
