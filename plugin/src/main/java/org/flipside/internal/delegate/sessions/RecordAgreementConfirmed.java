package org.flipside.internal.delegate.sessions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;

/** Marks the pair's current learning agreement as confirmed by both partners. */
public final class RecordAgreementConfirmed implements JavaDelegate {

  private final DelegateContext context;

  public RecordAgreementConfirmed(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String pairingId = Variables.string(execution, "pairingId");
    context.data().agreements().findCurrent(pairingId)
        .orElseThrow(() -> new IllegalStateException("pairing " + pairingId + " has no learning agreement"))
        .confirm(context.now());
  }
}
