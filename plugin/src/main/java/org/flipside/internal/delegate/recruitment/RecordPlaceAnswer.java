package org.flipside.internal.delegate.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Answers;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Programme;

/**
 * Records one answer to a place offered from the waitlist: a confirmed place is carried over when the cohort opens;
 * a declined one is released, and the person leaves the waitlist.
 */
public final class RecordPlaceAnswer implements JavaDelegate {

  private final DelegateContext context;
  private final Waitlist waitlist;

  public RecordPlaceAnswer(DelegateContext context) {
    this.context = context;
    this.waitlist = new Waitlist(context);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = context.programme(execution);
    boolean confirmed = Answers.CONFIRM.equals(Variables.require(execution, Vars.PLACE_ANSWER));
    waitlist.offeredTo(programme, Variables.require(execution, Vars.WAITLISTED_ID)).ifPresent(application -> {
      application.setStatus(confirmed ? ApplicationStatus.PLACE_CONFIRMED : ApplicationStatus.PLACE_DECLINED);
      application.setStatusReason(confirmed ? "confirmed the place offered in the next cohort"
          : "declined the place offered in the next cohort");
    });
  }
}
