package org.flipside.internal.delegate.concerns;

import static org.flipside.spi.NotificationParameter.CONCERN_STEP;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.RAISED_ON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.Concern;
import org.flipside.spi.NotificationTopic;

/** What the concern workflow's delegates share: the concern they act on, and how it is described. */
final class ConcernDelegates {

  private ConcernDelegates() {}

  static Concern concern(DelegateContext context, DelegateExecution execution) {
    String concernId = Variables.require(execution, Vars.CONCERN_ID);
    return context.data().concerns().find(concernId)
        .orElseThrow(() -> new IllegalStateException("no concern " + concernId));
  }

  /** A notification about the concern at a step of its handling, saying which concern it is but not what it says. */
  static Message message(Concern concern, String step) {
    return Message.of(NotificationTopic.CONCERN).with(CONCERN_STEP, step)
        .with(PROGRAMME, concern.getProgramme().getId()).with(RAISED_ON, concern.getRaisedAt());
  }

  /** Says which concern a form is about without repeating what it says: "in (programme) on (day)". */
  static String where(Concern concern) {
    return "in " + concern.getProgramme().getName() + " on " + concern.getRaisedAt().toString().substring(0, 10);
  }
}
