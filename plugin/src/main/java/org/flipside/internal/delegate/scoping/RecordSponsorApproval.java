package org.flipside.internal.delegate.scoping;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Programme;

/** Records the sponsor's sign-off and tells the programme manager. */
public final class RecordSponsorApproval implements JavaDelegate {

  private final DelegateContext context;

  public RecordSponsorApproval(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = context.programme(execution);
    programme.setSponsorApprovedAt(context.now());
    context.tellManager(
        programme,
        NotificationTopics.PILOT_APPROVED,
        programme.getName() + ": the sponsor approved the pilot",
        "Recruitment opens now. "
            + java.util.Objects.toString(programme.getSponsorComments(), ""));
  }
}
