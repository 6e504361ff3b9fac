package org.flipside.internal.delegate.coaching;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.CoachingRequest;

/**
 * Listens for the end of a coaching request: one that ends before a coach answered, because the pairing ended first
 * (a partner left, the pair completed or was closed), leaves no note behind. An answered request has had its note
 * erased with the answer already.
 */
public final class EraseUnansweredCoachingNote implements JavaDelegate {

  private final DelegateContext context;

  public EraseUnansweredCoachingNote(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requestId = Variables.require(execution, Vars.COACHING_REQUEST_ID);
    context.data().coachingRequests().find(requestId).ifPresent(CoachingRequest::eraseNote);
  }
}
