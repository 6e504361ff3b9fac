package org.flipside.internal.delegate.sessions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.LearningAgreement;
import org.flipside.model.Pairing;

/**
 * Saves the pair's tailored learning agreement as a new version, confirmed by whoever drafted it
 * and replacing an earlier draft, and summarises it for the partner who confirms it.
 */
public final class RecordLearningAgreement implements JavaDelegate {

  private final DelegateContext context;

  public RecordLearningAgreement(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(Variables.string(execution, "pairingId"));
    context.data().agreements().findCurrent(pairing.getId()).ifPresent(LearningAgreement::supersede);
    String drafter = Variables.optionalString(execution, "completedBy");
    LearningAgreement agreement = AgreementDrafts.draft(context.data(), pairing, new AgreementDrafts.Terms(
            Variables.flag(execution, "confidentialityAgreed"),
            Variables.optionalString(execution, "boundaries"),
            Variables.optionalString(execution, "meetingFormat"),
            Variables.optionalString(execution, "frequency"),
            Variables.optionalString(execution, "arranger"),
            Variables.flag(execution, "protectedTime")),
        drafter == null ? Variables.string(execution, "menteeId") : drafter, context.now());
    execution.setVariable("agreementSummary", AgreementDrafts.summary(agreement));
  }
}
