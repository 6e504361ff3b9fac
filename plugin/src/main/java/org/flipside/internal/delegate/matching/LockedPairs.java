package org.flipside.internal.delegate.matching;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;
import org.flipside.model.matching.PairKey;

/**
 * The pairs the HR admin keeps from one proposal to the next. The review form ticks pairings of the current
 * proposal; they are carried to the next run as mentor and mentee employee ids, since pairings are proposed anew.
 */
final class LockedPairs {

  // a control character no employee id holds
  private static final String SEPARATOR = "\u001f";

  private LockedPairs() {
  }

  static PairKey key(Pairing pairing) {
    return new PairKey(pairing.getMentor().getEmployeeId(), pairing.getMentee().getEmployeeId());
  }

  /** Carries the ticked pairings over to the next proposal. */
  static void carry(List<Pairing> ticked, VariableScope scope) {
    Variables.set(scope, Vars.LOCKED_PAIRS, ticked.stream()
        .map(pairing -> pairing.getMentor().getEmployeeId() + SEPARATOR + pairing.getMentee().getEmployeeId())
        .toList());
  }

  /** The locks carried from the previous proposal; none on the first. */
  static Set<PairKey> read(VariableScope scope) {
    return Variables.list(scope, Vars.LOCKED_PAIRS).stream()
        .map(carried -> carried.split(SEPARATOR, 2))
        .map(ids -> new PairKey(ids[0], ids[1]))
        .collect(Collectors.toSet());
  }
}
