package org.flipside.internal.delegate.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Recipients;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;
import org.flipside.model.Programme;

/**
 * A process owner's own notification: the topic, subject and text they wrote on the task, sent to
 * the people they chose, found from the programme or the pairing so that no diagram names anyone.
 */
public final class Notify implements JavaDelegate {

  private final DelegateContext context;

  public Notify(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String topic = Variables.require(execution, Vars.NOTIFICATION_TOPIC);
    String recipients = Variables.require(execution, Vars.NOTIFICATION_RECIPIENTS);
    String subject = Variables.require(execution, Vars.NOTIFICATION_SUBJECT);
    String body = Variables.require(execution, Vars.NOTIFICATION_BODY);
    Programme programme = context.programme(execution);
    if (Recipients.PROGRAMME_MANAGER.equals(recipients)) {
      context.tellManagerAsWritten(programme, topic, subject, body);
      return;
    }
    recipientsOf(recipients, programme, execution)
        .forEach(recipient -> context.notifications().sendAsWritten(recipient, topic, subject, body));
  }

  private List<String> recipientsOf(String recipients, Programme programme, DelegateExecution execution) {
    if (Recipients.SPONSOR.equals(recipients)) {
      // a vacant sponsor's post has nobody to tell; the HR admins appoint a successor
      return programme.getSponsorId() == null ? List.of() : List.of(programme.getSponsorId());
    }
    Pairing pairing = context.pairing(execution);
    return switch (recipients) {
      case Recipients.PARTNERS -> List.of(pairing.getMentor().getEmployeeId(), pairing.getMentee().getEmployeeId());
      case Recipients.MENTOR -> List.of(pairing.getMentor().getEmployeeId());
      case Recipients.MENTEE -> List.of(pairing.getMentee().getEmployeeId());
      default -> throw new IllegalStateException(
          Vars.NOTIFICATION_RECIPIENTS.name() + " '" + recipients + "' is not one of " + Recipients.all());
    };
  }
}
