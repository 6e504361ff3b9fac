package org.flipside.internal.delegate.scoping;

import static org.flipside.spi.NotificationParameter.NOTE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.notification.Message;
import org.flipside.model.Programme;
import org.flipside.spi.NotificationTopic;

/** Records the sponsor's sign-off and tells the programme manager. */
public final class RecordSponsorApproval implements JavaDelegate {

  private final DelegateContext context;

  public RecordSponsorApproval(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = context.programme(execution);
    programme.setSponsorApprovedAt(context.now());
    context.tellManager(programme, Message.of(NotificationTopic.PILOT_APPROVED).with(PROGRAMME, programme.getId())
        .with(NOTE, Objects.toString(programme.getSponsorComments(), "")));
  }
}
