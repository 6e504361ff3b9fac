package org.flipside.internal.delegate.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Cohort;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;

/**
 * Sets a proposal aside so the matching runs again: pairs the admin ruled out are never proposed again, pairs the
 * admin locked are kept in the next proposal, and changes to the matching rules apply from the next run.
 */
public final class DiscardProposal implements JavaDelegate {

  private final DelegateContext context;

  public DiscardProposal(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    Set<String> rejected = new HashSet<>(Variables.list(execution, Vars.REJECTED_PAIRING_IDS));
    Set<String> locked = new HashSet<>(Variables.list(execution, Vars.LOCKED_PAIRING_IDS));
    if (locked.stream().anyMatch(rejected::contains)) {
      throw ValidationException.of(Vars.LOCKED_PAIRING_IDS.name(), "a pair cannot be both kept and ruled out");
    }
    MatchingSettingsFields.apply(execution, cohort.getProgramme());
    List<Pairing> kept = new ArrayList<>();
    for (Pairing pairing : context.data().pairings().findByCohortAndStatus(cohort.getId(), PairingStatus.PROPOSED)) {
      if (rejected.contains(pairing.getId())) {
        pairing.reject();
      } else {
        if (locked.contains(pairing.getId())) {
          kept.add(pairing);
        }
        pairing.discard();
      }
    }
    LockedPairs.carry(kept, execution);
  }
}
