package org.flipside.internal.delegate.recruitment;

import static org.flipside.spi.NotificationParameter.DEADLINE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.spi.NotificationTopic;

/**
 * When a cohort's application window opens, tells each of the programme's communications contacts that their
 * recruitment campaign step is waiting, and until when the window is open.
 */
public final class BriefCommunicationsContacts implements JavaDelegate {

  private final DelegateContext context;

  public BriefCommunicationsContacts(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String programmeId = Variables.require(execution, Vars.PROGRAMME_ID);
    Instant deadline = Variables.require(execution, Vars.APPLICATION_DEADLINE);
    List<String> contacts = Variables.require(execution, Vars.COMMUNICATIONS_CONTACT_IDS);
    for (String contact : contacts) {
      context.notifications().send(contact, Message.of(NotificationTopic.RECRUITMENT_CAMPAIGN)
          .with(PROGRAMME, programmeId).with(DEADLINE, deadline));
    }
  }
}
