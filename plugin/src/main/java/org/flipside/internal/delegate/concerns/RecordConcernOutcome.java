package org.flipside.internal.delegate.concerns;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Concern;

/** The concern is resolved: record the outcome and tell the person who raised it. */
public final class RecordConcernOutcome implements JavaDelegate {

  private final DelegateContext context;

  public RecordConcernOutcome(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Concern concern = ConcernDelegates.concern(context, execution);
    String outcome = Variables.require(execution, Vars.OUTCOME);
    concern.resolve(context.now(), outcome);
    context.notifications().send(concern.getRaisedBy(), NotificationTopics.CONCERN, "Your concern has been resolved",
        "The EDI lead has resolved " + "the concern you raised " + ConcernDelegates.where(concern) + ". Outcome: " + outcome);
  }
}
