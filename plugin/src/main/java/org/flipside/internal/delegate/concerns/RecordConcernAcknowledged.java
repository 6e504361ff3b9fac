package org.flipside.internal.delegate.concerns;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
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
    context.notifications().send(concern.getRaisedBy(), NotificationTopics.CONCERN,
        "Your concern has been acknowledged",
        "The EDI lead has acknowledged the concern you raised " + ConcernDelegates.where(concern) + "."
            + (note == null ? "" : " " + note));
  }
}
