package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * Care around a pair's sessions: the reminder to whoever arranges the meetings, the manager's
 * check-in after two missed periods, the midpoint pulse survey and a change to the agreement.
 */
class PairCareTest extends ProcessTestCase {

  @Test
  void theArrangerIsRemindedBeforeThePeriodEndsAndTheSessionStaysOpen() throws Exception {
    ProcessInstance pair = startPairJourneyAtItsFirstSession();
    String reminderAt = (String) runtimeService().getVariable(pair.getId(), "reminderAt");
    assertThat(jobOf("SessionDueSoon").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(reminderAt));

    executeJobOf("SessionDueSoon");

    verify(delegates.get("remindArranger"), times(1)).execute(any());
    assertThat(pair).isWaitingAt("LogSession").hasPassed("ArrangerReminded");
    pairLogsASession("continue");
    assertThat(pair).isWaitingAt("AwaitPeriodEnd");
  }

  @Test
  void twoMissedPeriodsInARowOpenACheckInForTheManagerAndThePairContinues() throws Exception {
    delegates.plannedPeriods = 4;
    ProcessInstance pair = startPairJourneyAtItsFirstSession();

    executeJobOf("SessionPeriodEnds");
    assertThat(pair).isWaitingAt("LogSession").hasNotPassed("CheckInWithPair");
    executeJobOf("SessionPeriodEnds");

    Task checkIn = onlyTask("CheckInWithPair");
    assertThat(checkIn).isAssignedTo(PROGRAMME_MANAGER);
    assertThat(taskService().getIdentityLinksForTask(checkIn.getId())).extracting(IdentityLink::getGroupId)
        .contains("flipside-hr-admin");
    complete(checkIn, Variables.createVariables().putValue("checkInOutcome", "continue"));

    assertThat(pair).isWaitingAt("LogSession").variables().containsEntry("periodNumber", 3);
    verify(delegates.get("endPairingAfterCheckIn"), never()).execute(any());
  }

  @Test
  void theManagerMayEndThePairingAtTheCheckIn() throws Exception {
    delegates.plannedPeriods = 4;
    ProcessInstance pair = startPairJourneyAtItsFirstSession();
    executeJobOf("SessionPeriodEnds");
    executeJobOf("SessionPeriodEnds");

    complete(onlyTask("CheckInWithPair"), Variables.createVariables().putValue("checkInOutcome", "end"));

    assertThat(pair).isEnded().hasPassed("EndPairingAfterCheckIn", "PairEndedByManager")
        .hasNotPassed("CompletePairing");
    verify(delegates.get("endPairingAfterCheckIn"), times(1)).execute(any());
  }

  @Test
  void aLoggedSessionBreaksTheRunOfMissedPeriods() {
    delegates.plannedPeriods = 4;
    ProcessInstance pair = startPairJourneyAtItsFirstSession();

    executeJobOf("SessionPeriodEnds");
    pairLogsASession("continue");
    periodEnds();
    executeJobOf("SessionPeriodEnds");

    assertThat(pair).isWaitingAt("LogSession").hasNotPassed("CheckInWithPair")
        .variables().containsEntry("periodNumber", 4);
  }

  @Test
  void theMidpointPeriodOpensAPulseSurveyForEachPartnerBesideTheSession() throws Exception {
    delegates.plannedPeriods = 4;
    ProcessInstance pair = startPairJourneyAtItsFirstSession();
    pairLogsASession("continue");
    periodEnds();
    assertThat(tasks("AnswerPulseSurvey")).isEmpty();
    pairLogsASession("continue");
    periodEnds();

    assertThat(tasks("AnswerPulseSurvey")).extracting(Task::getAssignee).containsExactlyInAnyOrder("amira", "ben");
    assertThat(pair).isWaitingAt("LogSession");
    // Flipside stores the answers as the task completes: the engine receives nothing
    for (Task pulse : tasks("AnswerPulseSurvey")) {
      complete(pulse, Variables.createVariables());
    }

    assertThat(pair).hasPassed("PulseAnswered").isWaitingAt("LogSession");
  }

  @Test
  void anUnansweredPulseClosesWithItsPeriod() {
    delegates.plannedPeriods = 2;
    ProcessInstance pair = startPairJourneyAtItsFirstSession();
    pairLogsASession("continue");
    periodEnds();
    assertThat(tasks("AnswerPulseSurvey")).hasSize(2);

    executeJobOf("PulseCloses");

    assertThat(tasks("AnswerPulseSurvey")).isEmpty();
    assertThat(pair).hasPassed("PulseClosed").isWaitingAt("LogSession");
  }

  @Test
  void aChangeProposedDuringTheSessionsIsConfirmedByThePartnerWhileSessionsGoOn() throws Exception {
    ProcessInstance pair = startPairJourneyAtItsFirstSession();

    proposeAChangeFor("amira");
    assertThat(onlyTask("ConfirmAgreementChange")).isAssignedTo("amira");
    assertThat(pair).isWaitingAt("LogSession", "ConfirmAgreementChange");
    complete(onlyTask("ConfirmAgreementChange"), Variables.createVariables().putValue("agreement", "agree"));

    assertThat(pair).hasPassed("RecordChangeConfirmed", "ChangeConfirmed").isWaitingAt("LogSession");
    verify(delegates.get("recordAgreementConfirmed"), times(2)).execute(any());
    verify(delegates.get("declineAgreementChange"), never()).execute(any());
  }

  @Test
  void aChangeThePartnerDoesNotAgreeIsDeclined() throws Exception {
    ProcessInstance pair = startPairJourneyAtItsFirstSession();

    proposeAChangeFor("ben");
    complete(onlyTask("ConfirmAgreementChange"), Variables.createVariables().putValue("agreement", "change"));

    assertThat(pair).hasPassed("DeclineAgreementChange", "ChangeDeclined").isWaitingAt("LogSession");
    verify(delegates.get("recordAgreementConfirmed"), times(1)).execute(any());
  }

  private void proposeAChangeFor(String confirmer) {
    runtimeService().createMessageCorrelation("flipside-agreement-change-proposed")
        .processInstanceVariableEquals("pairingId", "pairing-1")
        .setVariable("changeConfirmerId", confirmer)
        .setVariable("agreementSummary", "Version 2: meet in person")
        .correlate();
  }
}
