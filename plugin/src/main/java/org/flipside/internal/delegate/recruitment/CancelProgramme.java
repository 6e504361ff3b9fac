package org.flipside.internal.delegate.recruitment;

import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.notification.Message;
import org.flipside.model.CohortStatus;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeStage;
import org.flipside.spi.NotificationTopic;

/**
 * Cancels a programme whose recruitment found too few applicants, withdrawing any of its invitations still open
 * (each is its own process instance, so the lifecycle's end would not end them), and tells whoever still waits on
 * its waitlist.
 */
public final class CancelProgramme implements JavaDelegate {

  private final DelegateContext context;

  public CancelProgramme(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = context.programme(execution);
    programme.setStage(ProgrammeStage.CANCELLED);
    programme.setClosedAt(context.now());
    context.data().cohorts().findCurrent(programme.getId())
        .ifPresent(cohort -> cohort.setStatus(CohortStatus.CANCELLED));
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    List<String> openInvitations = runtime.createProcessInstanceQuery().processDefinitionKey(Processes.INVITATION)
        .processInstanceBusinessKey(programme.getId()).list().stream().map(ProcessInstance::getId).toList();
    if (!openInvitations.isEmpty()) {
      runtime.deleteProcessInstances(openInvitations, "the programme was cancelled", true, true);
    }
    context.tellManager(programme, Message.of(NotificationTopic.PROGRAMME_CANCELLED).with(PROGRAMME, programme.getId()));
    new Waitlist(context).programmeEnded(programme, Waitlist.Ending.CANCELLED);
  }
}
