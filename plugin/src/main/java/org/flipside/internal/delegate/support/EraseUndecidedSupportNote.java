package org.flipside.internal.delegate.support;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.SupportRequest;

/**
 * Listens for the end of a support conversation: one that ends without a decision, because the pairing ended
 * first (a partner left, the pair completed or ended at a check-in), leaves no note behind. A decided request has
 * had its note erased with the decision already.
 */
public final class EraseUndecidedSupportNote implements JavaDelegate {

  private final DelegateContext context;

  public EraseUndecidedSupportNote(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requestId = Variables.require(execution, Vars.SUPPORT_REQUEST_ID);
    context.data().supportRequests().find(requestId).ifPresent(SupportRequest::eraseNote);
  }
}
