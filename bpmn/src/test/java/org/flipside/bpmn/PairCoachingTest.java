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

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Messages;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * A partner asks for coaching: each of the programme's coaches is offered the request, the first to answer takes
 * it, and the pair's journey goes on throughout.
 */
class PairCoachingTest extends ProcessTestCase {

  @Test
  void theRequestIsOfferedToEachCoachAndTheJourneyGoesOnWhileTheyAnswer() throws Exception {
    ProcessInstance pair = startPairJourneyAtItsFirstSession();

    partnerAsksForCoaching(pair, "request-1", "coach-1", "flipside-guest-2");

    Task offer = onlyTask("TakeCoachingRequest");
    assertThat(offer.getAssignee()).as("no one holds it until they answer").isNull();
    assertThat(candidates(offer, IdentityLink::getUserId)).containsExactlyInAnyOrder("coach-1", "flipside-guest-2");
    assertThat(candidates(offer, IdentityLink::getGroupId)).as("not the HR admins'").isEmpty();
    assertThat(taskService().getVariable(offer.getId(), Vars.COACHING_REQUEST_ID.name())).isEqualTo("request-1");
    assertThat(pair).as("asking for coaching interrupts nothing").isWaitingAt("LogSession", "TakeCoachingRequest");

    complete(offer);

    verify(delegates.get(BuildingBlocks.ERASE_UNANSWERED_COACHING_NOTE), times(1)).execute(any());
    assertThat(pair).isWaitingAt("LogSession").hasPassed("CoachingGiven");
  }

  @Test
  void eachRequestKeepsItsOwnIdAndCoaches() {
    ProcessInstance pair = startPairJourneyAtItsFirstSession();
    partnerAsksForCoaching(pair, "first", "coach-1");
    partnerAsksForCoaching(pair, "second", "coach-1", "coach-2");

    List<Task> offers = tasks("TakeCoachingRequest");
    assertThat(offers).extracting(task -> taskService().getVariable(task.getId(), Vars.COACHING_REQUEST_ID.name()))
        .containsExactlyInAnyOrder("first", "second");
    Task first = offers.stream()
        .filter(task -> "first".equals(taskService().getVariable(task.getId(), Vars.COACHING_REQUEST_ID.name())))
        .findFirst().orElseThrow();
    assertThat(candidates(first, IdentityLink::getUserId)).containsExactly("coach-1");
    complete(first);

    Task second = onlyTask("TakeCoachingRequest");
    assertThat(taskService().getVariable(second.getId(), Vars.COACHING_REQUEST_ID.name())).isEqualTo("second");
    assertThat(candidates(second, IdentityLink::getUserId)).containsExactlyInAnyOrder("coach-1", "coach-2");
  }

  @Test
  void aPartnerWhoLeavesEndsAnOpenRequestAndItsNoteWithTheJourney() throws Exception {
    ProcessInstance pair = startPairJourneyAtItsFirstSession();
    partnerAsksForCoaching(pair, "request-1", "coach-1");

    runtimeService().createMessageCorrelation(Messages.PARTNER_LEAVES)
        .processInstanceId(pair.getId())
        .setVariable(Vars.LEAVER_ID.name(), "amira")
        .setVariable(Vars.HOST_EVENT.name(), "left")
        .correlate();

    assertThat(pair).isEnded().hasNotPassed("CoachingGiven");
    verify(delegates.get(BuildingBlocks.ERASE_UNANSWERED_COACHING_NOTE), times(1)).execute(any());
    verify(delegates.get(BuildingBlocks.ERASE_UNDECIDED_SUPPORT_NOTE), never()).execute(any());
    assertThat(taskService().createTaskQuery().processInstanceId(pair.getId()).count()).isZero();
  }

  /** The request and its note stay in Flipside's own store: the journey gets the request's id and the coaches'. */
  private static void partnerAsksForCoaching(ProcessInstance pair, String requestId, String... coachIds) {
    runtimeService().createMessageCorrelation(Messages.COACHING_REQUESTED)
        .processInstanceId(pair.getId())
        .setVariable(Vars.COACHING_REQUEST_ID.name(), requestId)
        .setVariable(Vars.COACH_IDS.name(), new ArrayList<>(List.of(coachIds)))
        .correlate();
  }

  private static List<String> candidates(Task task, java.util.function.Function<IdentityLink, String> id) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(id).filter(value -> value != null).toList();
  }
}
