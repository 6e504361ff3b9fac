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
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Messages;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * Care around a pair's sessions: the reminder to whoever arranges the meetings, the manager's
 * check-in after two missed periods, the midpoint pulse survey and a change to the agreement.
 */
class PairCareTest extends ProcessTestCase {

  @Test
  void theArrangerIsRemindedBeforeThePeriodEndsAndTheSessionStaysOpen() throws Exception {
    ProcessInstance pair = startPairJourneyAtItsFirstSession();
    String reminderAt = (String) runtimeService().getVariable(pair.getId(), Vars.REMINDER_AT.name());
    assertThat(jobOf("SessionDueSoon").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(reminderAt));

    executeJobOf("SessionDueSoon");

    verify(delegates.get(BuildingBlocks.REMIND_ARRANGER), times(1)).execute(any());
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
    complete(checkIn, Variables.createVariables().putValue(Vars.CHECK_IN_OUTCOME.name(), "continue"));

    assertThat(pair).isWaitingAt("LogSession").variables().containsEntry(Vars.PERIOD_NUMBER.name(), 3);
    verify(delegates.get(BuildingBlocks.END_PAIRING_AFTER_CHECK_IN), never()).execute(any());
  }

  @Test
  void theManagerMayEndThePairingAtTheCheckIn() throws Exception {
    delegates.plannedPeriods = 4;
    ProcessInstance pair = startPairJourneyAtItsFirstSession();
    executeJobOf("SessionPeriodEnds");
    executeJobOf("SessionPeriodEnds");

    complete(onlyTask("CheckInWithPair"), Variables.createVariables().putValue(Vars.CHECK_IN_OUTCOME.name(), "end"));

    assertThat(pair).isEnded().hasPassed("EndPairingAfterCheckIn", "PairEndedByManager")
        .hasNotPassed("CompletePairing");
    verify(delegates.get(BuildingBlocks.END_PAIRING_AFTER_CHECK_IN), times(1)).execute(any());
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
        .variables().containsEntry(Vars.PERIOD_NUMBER.name(), 4);
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
    complete(onlyTask("ConfirmAgreementChange"), Variables.createVariables().putValue(Vars.AGREEMENT.name(), "agree"));

    assertThat(pair).hasPassed("RecordChangeConfirmed", "ChangeConfirmed").isWaitingAt("LogSession");
    verify(delegates.get(BuildingBlocks.RECORD_AGREEMENT_CONFIRMED), times(2)).execute(any());
    verify(delegates.get(BuildingBlocks.DECLINE_AGREEMENT_CHANGE), never()).execute(any());
  }

  @Test
  void aChangeThePartnerDoesNotAgreeIsDeclined() throws Exception {
    ProcessInstance pair = startPairJourneyAtItsFirstSession();

    proposeAChangeFor("ben");
    complete(onlyTask("ConfirmAgreementChange"), Variables.createVariables().putValue(Vars.AGREEMENT.name(), "change"));

    assertThat(pair).hasPassed("DeclineAgreementChange", "ChangeDeclined").isWaitingAt("LogSession");
    verify(delegates.get(BuildingBlocks.RECORD_AGREEMENT_CONFIRMED), times(1)).execute(any());
  }

  private void proposeAChangeFor(String confirmer) {
    runtimeService().createMessageCorrelation(Messages.AGREEMENT_CHANGE_PROPOSED)
        .processInstanceVariableEquals(Vars.PAIRING_ID.name(), "pairing-1")
        .setVariable(Vars.CHANGE_CONFIRMER_ID.name(), confirmer)
        .correlate();
  }
}
