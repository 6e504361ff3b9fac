package org.flipside.internal.delegate.matching;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;

/**
 * Sets a rejected proposal aside: pairs the admin ticked are never proposed again, the others are
 * discarded so the next proposal starts afresh.
 */
public final class DiscardProposal implements JavaDelegate {

  private final DelegateContext context;

  public DiscardProposal(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> rejected = new HashSet<>(Variables.strings(execution, "rejectedPairingIds"));
    for (Pairing pairing : context.data().pairings()
        .findByCohortAndStatus(Variables.string(execution, "cohortId"), PairingStatus.PROPOSED)) {
      if (rejected.contains(pairing.getId())) {
        pairing.reject();
      } else {
        pairing.discard();
      }
    }
  }
}
