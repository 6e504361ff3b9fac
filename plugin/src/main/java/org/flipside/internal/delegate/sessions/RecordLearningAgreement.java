package org.flipside.internal.delegate.sessions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
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
    Pairing pairing = context.pairing(execution);
    context.data().agreements().findCurrent(pairing.getId()).ifPresent(LearningAgreement::supersede);
    String drafter = Variables.optional(execution, Vars.COMPLETED_BY);
    LearningAgreement agreement = AgreementDrafts.draft(context.data(), pairing, new AgreementDrafts.Terms(
            Variables.flag(execution, Vars.CONFIDENTIALITY_AGREED),
            Variables.optional(execution, Vars.BOUNDARIES),
            Variables.optional(execution, Vars.MEETING_FORMAT),
            Variables.optional(execution, Vars.FREQUENCY),
            Variables.optional(execution, Vars.ARRANGER),
            Variables.flag(execution, Vars.PROTECTED_TIME)),
        drafter == null ? Variables.require(execution, Vars.MENTEE_ID) : drafter, context.now());
    Variables.set(execution, Vars.AGREEMENT_SUMMARY, AgreementDrafts.summary(agreement));
  }
}
