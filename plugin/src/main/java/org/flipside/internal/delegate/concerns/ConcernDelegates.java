package org.flipside.internal.delegate.concerns;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Concern;

/** What the concern workflow's delegates share: the concern they act on, and how it is described. */
final class ConcernDelegates {

  private ConcernDelegates() {}

  static Concern concern(DelegateContext context, DelegateExecution execution) {
    String concernId = Variables.require(execution, Vars.CONCERN_ID);
    return context.data().concerns().find(concernId)
        .orElseThrow(() -> new IllegalStateException("no concern " + concernId));
  }

  /** Says which concern a message is about without repeating what it says: "in (programme) on (day)". */
  static String where(Concern concern) {
    return "in " + concern.getProgramme().getName() + " on " + concern.getRaisedAt().toString().substring(0, 10);
  }
}
