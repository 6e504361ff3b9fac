package org.flipside.internal.delegate.concerns;

import static org.flipside.spi.NotificationParameter.NOTE;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Concern;

/** The EDI lead has seen the concern: record it and tell the person who raised it, and nobody else. */
public final class RecordConcernAcknowledged implements JavaDelegate {

  private final DelegateContext context;

  public RecordConcernAcknowledged(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Concern concern = ConcernDelegates.concern(context, execution);
    concern.acknowledge(context.now());
    String note = concern.getAcknowledgementNote();
    context.notifications().send(concern.getRaisedBy(),
        ConcernDelegates.message(concern, "acknowledged").with(NOTE, Objects.toString(note, "")));
  }
}
