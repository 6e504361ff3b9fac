package org.flipside.internal.delegate.concerns;

import static org.flipside.spi.NotificationParameter.NOTE;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Concern;

/** The concern is resolved (its form's handler recorded the outcome): tell the person who raised it. */
public final class RecordConcernOutcome implements JavaDelegate {

  private final DelegateContext context;

  public RecordConcernOutcome(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Concern concern = ConcernDelegates.concern(context, execution);
    String outcome = concern.getOutcome();
    context.notifications().send(concern.getRaisedBy(),
        ConcernDelegates.message(concern, "resolved").with(NOTE, Objects.toString(outcome, "")));
  }
}
