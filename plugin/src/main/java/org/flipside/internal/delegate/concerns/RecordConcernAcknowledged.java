package org.flipside.internal.delegate.concerns;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
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
    String note = Variables.optionalString(execution, "acknowledgementNote");
    String ediLead = context.directory().nameOf(Variables.string(execution, "completedBy"));
    context.notifications().send(concern.getRaisedBy(), ConcernDelegates.TOPIC, "Your concern has been acknowledged",
        ediLead + " has acknowledged " + "the concern you raised " + ConcernDelegates.where(concern) + "."
            + (note == null ? "" : " " + note));
  }
}
