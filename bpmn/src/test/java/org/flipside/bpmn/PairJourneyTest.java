package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/** One pair's journey: the learning agreement, then one session per period. */
class PairJourneyTest extends ProcessTestCase {

  @Test
  void pairCompletesAfterItsPlannedPeriods() throws Exception {
    delegates.plannedPeriods = 2;
    ProcessInstance pair = startPairJourney();
    assertThat(pair).task().hasDefinitionKey("DraftLearningAgreement").isAssignedTo("ben");
    menteeDraftsTheAgreement();
    assertThat(pair).task().hasDefinitionKey("ConfirmLearningAgreement").isAssignedTo("amira");
    mentorAnswersTheAgreement("agree");

    assertThat(pair).isWaitingAt("LogSession");
    assertThat(candidateUsersOf("LogSession")).containsExactlyInAnyOrder("amira", "ben");
    pairLogsASession("continue");
    periodEnds();
    assertThat(pair).isWaitingAt("LogSession").variables().containsEntry(Vars.PERIOD_NUMBER.name(), 2);
    pairLogsASession("continue");
    periodEnds();

    assertThat(pair).isEnded().hasPassed("CompletePairing", "PairCompleted").hasNotPassed("EndPairingEarly");
    verify(delegates.get(BuildingBlocks.OPEN_SESSION_PERIOD), times(2)).execute(any());
    verify(delegates.get(BuildingBlocks.RECORD_SESSION), times(2)).execute(any());
    verify(delegates.get(BuildingBlocks.COMPLETE_PAIRING), times(1)).execute(any());
  }

  @Test
  void pairWaitsForThePeriodToEndAfterLoggingItsSession() {
    ProcessInstance pair = startPairJourneyAtItsFirstSession();
    String periodEnd = (String) runtimeService().getVariable(pair.getId(), Vars.PERIOD_END.name());

    pairLogsASession("continue");

    assertThat(pair).isWaitingAt("AwaitPeriodEnd");
    assertThat(jobOf("AwaitPeriodEnd").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(periodEnd));
  }

  @Test
  void mentorAsksForChangesAndTheMenteeRedraftsTheAgreement() throws Exception {
    ProcessInstance pair = startPairJourney();
    menteeDraftsTheAgreement();

    mentorAnswersTheAgreement("change");

    assertThat(pair).isWaitingAt("DraftLearningAgreement");
    menteeDraftsTheAgreement();
    mentorAnswersTheAgreement("agree");
    assertThat(pair).isWaitingAt("LogSession");
    verify(delegates.get(BuildingBlocks.RECORD_AGREEMENT_CONFIRMED), times(1)).execute(any());
  }

  @Test
  void pairThatAgreesToEndEarlyEndsWithoutCompleting() throws Exception {
    delegates.plannedPeriods = 6;
    ProcessInstance pair = startPairJourneyAtItsFirstSession();

    pairLogsASession("end");

    assertThat(pair).isEnded().hasPassedInOrder("RecordSession", "EndPairingEarly", "PairEndedEarly")
        .hasNotPassed("AwaitPeriodEnd", "CompletePairing");
    verify(delegates.get(BuildingBlocks.COMPLETE_PAIRING), never()).execute(any());
  }

  @Test
  void missedSessionPeriodIsRecordedAndTheNextPeriodOpens() throws Exception {
    delegates.plannedPeriods = 2;
    ProcessInstance pair = startPairJourneyAtItsFirstSession();
    String periodEnd = (String) runtimeService().getVariable(pair.getId(), Vars.PERIOD_END.name());
    assertThat(jobOf("SessionPeriodEnds").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(periodEnd));

    executeJobOf("SessionPeriodEnds");

    verify(delegates.get(BuildingBlocks.RECORD_MISSED_SESSION), times(1)).execute(any());
    verify(delegates.get(BuildingBlocks.RECORD_SESSION), never()).execute(any());
    assertThat(pair).isWaitingAt("LogSession").variables().containsEntry(Vars.PERIOD_NUMBER.name(), 2);

    executeJobOf("SessionPeriodEnds");

    assertThat(pair).isEnded().hasPassed("CompletePairing", "PairCompleted");
    verify(delegates.get(BuildingBlocks.RECORD_MISSED_SESSION), times(2)).execute(any());
  }

  private List<String> candidateUsersOf(String taskDefinitionKey) {
    return taskService().getIdentityLinksForTask(onlyTask(taskDefinitionKey).getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(IdentityLink::getUserId)
        .toList();
  }
}
