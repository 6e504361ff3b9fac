package org.flipside.internal.delegate.concerns;

import static org.flipside.spi.NotificationParameter.DAYS;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Concern;
import org.flipside.spi.Employee;
import org.flipside.spi.FlipsideRoles;

/**
 * Nobody acknowledged the concern in time: the HR admins are told, and the acknowledgement becomes
 * theirs to take as well as the EDI lead's. The message says which programme, not what was raised.
 */
public final class EscalateConcern implements JavaDelegate {

  /** The step the HR admins are offered; it is named in the concern's diagram. */
  static final String ACKNOWLEDGE_STEP = "AcknowledgeConcern";

  private final DelegateContext context;

  public EscalateConcern(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Concern concern = ConcernDelegates.concern(context, execution);
    concern.escalate(context.now());
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(ACKNOWLEDGE_STEP)
        .list().forEach(task -> tasks.addCandidateGroup(task.getId(), FlipsideRoles.HR_ADMIN));
    for (Employee admin : context.directory().holdersOf(FlipsideRoles.HR_ADMIN)) {
      context.notifications().send(admin.id(), ConcernDelegates.message(concern, "escalated")
          .with(DAYS, concern.getProgramme().getConcernAcknowledgeDays()));
    }
  }
}
