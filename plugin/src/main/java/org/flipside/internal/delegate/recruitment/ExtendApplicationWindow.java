package org.flipside.internal.delegate.recruitment;

import static org.flipside.spi.NotificationParameter.DEADLINE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.Cohort;
import org.flipside.spi.NotificationTopic;

/**
 * Reopens the application window for the invitees who have not answered yet; those who said
 * "not this time" are not asked again.
 */
public final class ExtendApplicationWindow implements JavaDelegate {

  private final DelegateContext context;

  public ExtendApplicationWindow(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    Instant deadline = context.now().plus(Duration.ofDays(Variables.answer(execution, Vars.EXTRA_DAYS)));
    cohort.setApplicationDeadline(deadline);

    Set<String> answered = new HashSet<>();
    execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processDefinitionKey(Processes.INVITATION)
        .processInstanceBusinessKey(cohort.getProgramme().getId())
        .taskDefinitionKey("Apply")
        // this cohort's answers only: someone who said "not this time" to an earlier cohort was invited again
        .startedAfter(Date.from(cohort.getOpenedAt().minusMillis(1)))
        .finished()
        .list()
        .stream()
        .filter(task -> "completed".equals(task.getDeleteReason()))
        .map(HistoricTaskInstance::getAssignee)
        .forEach(answered::add);
    List<String> invitees = Variables.list(execution, Vars.INVITEES).stream()
        .filter(invitee -> !answered.contains(invitee))
        .toList();

    cohort.openInvitations(invitees.size());
    Variables.set(execution, Vars.INVITEES, invitees);
    Variables.set(execution, Vars.APPLICATION_DEADLINE, deadline);
    Variables.set(execution, Vars.INVITATIONS_SENT, 0);
    for (String invitee : invitees) {
      context.notifications().send(invitee, Message.of(NotificationTopic.APPLICATION_WINDOW_EXTENDED)
          .with(PROGRAMME, cohort.getProgramme().getId()).with(DEADLINE, deadline));
    }
  }
}
