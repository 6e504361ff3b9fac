package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
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
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/** A concern's own workflow: acknowledged by the EDI lead in time or escalated, then resolved with an outcome. */
class ConcernTest extends ProcessTestCase {

  private static final String EDI_LEAD = "flipside-edi-lead";

  private final String acknowledgeBy = Delegates.inDays(5).toString();

  @Test
  void theEdiLeadAcknowledgesInTimeAndResolvesWithAnOutcome() throws Exception {
    ProcessInstance concern = raise();
    Task acknowledge = onlyTask("AcknowledgeConcern");
    assertThat(acknowledge.getAssignee()).isNull();
    assertThat(candidateGroups(acknowledge)).containsExactly(EDI_LEAD);
    assertThat(acknowledge.getDueDate().toInstant()).isEqualTo(Delegates.dueDate(acknowledgeBy));
    assertThat(jobOf("AcknowledgementOverdue").getDuedate().toInstant()).isEqualTo(Delegates.dueDate(acknowledgeBy));

    complete(acknowledge, Variables.createVariables());

    verify(delegates.get(BuildingBlocks.RECORD_CONCERN_ACKNOWLEDGED), times(1)).execute(any());
    assertThat(managementService().createJobQuery().processInstanceId(concern.getId()).count())
        .as("no escalation is left waiting once acknowledged").isZero();
    Task resolve = onlyTask("ResolveConcern");
    assertThat(candidateGroups(resolve)).containsExactly(EDI_LEAD);
    complete(resolve, Variables.createVariables());

    verify(delegates.get(BuildingBlocks.RECORD_CONCERN_OUTCOME), times(1)).execute(any());
    verify(delegates.get(BuildingBlocks.ESCALATE_CONCERN), never()).execute(any());
    assertThat(concern).isEnded().hasPassedInOrder("RecordConcernAcknowledged", "ResolveConcern",
        "RecordConcernOutcome", "ConcernResolved");
  }

  @Test
  void aConcernNotAcknowledgedInTimeIsEscalatedAndStillWaitsForItsAcknowledgement() throws Exception {
    ProcessInstance concern = raise();

    executeJobOf("AcknowledgementOverdue");

    verify(delegates.get(BuildingBlocks.ESCALATE_CONCERN), times(1)).execute(any());
    verify(delegates.get(BuildingBlocks.RECORD_CONCERN_ACKNOWLEDGED), never()).execute(any());
    assertThat(concern).hasPassed("ConcernEscalated").isWaitingAt("AcknowledgeConcern");

    complete(onlyTask("AcknowledgeConcern"));
    complete(onlyTask("ResolveConcern"), Variables.createVariables());
    assertThat(concern).isEnded();
    verify(delegates.get(BuildingBlocks.ESCALATE_CONCERN), times(1)).execute(any());
  }

  private ProcessInstance raise() {
    return runtimeService().startProcessInstanceByKey(Processes.CONCERN, "concern-1", Variables.createVariables()
        .putValue(Vars.CONCERN_ID.name(), "concern-1")
        .putValue(Vars.PROGRAMME_ID.name(), "programme-1")
        .putValue(Vars.ACKNOWLEDGE_BY.name(), acknowledgeBy));
  }

  private static java.util.List<String> candidateGroups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }
}
