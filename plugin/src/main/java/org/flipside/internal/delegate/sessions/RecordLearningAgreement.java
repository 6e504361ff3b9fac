package org.flipside.internal.delegate.sessions;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.FormChoices;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.LearningAgreement;
import org.flipside.model.Pairing;

/**
 * Saves the pair's tailored learning agreement as a new version, replacing an earlier draft, and
 * summarises it for the partner who confirms it.
 */
public final class RecordLearningAgreement implements JavaDelegate {

  private final DelegateContext context;

  public RecordLearningAgreement(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!Variables.flag(execution, "confidentialityAgreed")) {
      throw ValidationException.of("confidentialityAgreed", "sessions are confidential: both partners must agree");
    }
    Pairing pairing = context.pairing(Variables.string(execution, "pairingId"));
    context.data().agreements().findCurrent(pairing.getId()).ifPresent(LearningAgreement::supersede);
    String format = Variables.string(execution, "meetingFormat");
    LearningAgreement agreement = new LearningAgreement(
        pairing,
        context.data().agreements().nextVersion(pairing.getId()),
        true,
        Variables.optionalString(execution, "boundaries"),
        FormChoices.meetingFormat(format),
        Variables.string(execution, "frequency"),
        FormChoices.role(Variables.string(execution, "arranger")),
        Variables.flag(execution, "protectedTime"),
        Variables.string(execution, "menteeId"),
        context.now());
    context.data().agreements().save(agreement);
    execution.setVariable("agreementSummary", summary(agreement, format));
  }

  private static String summary(LearningAgreement agreement, String format) {
    return "Version " + agreement.getAgreementVersion() + ": meet " + format
        + ", every " + agreement.getFrequency()
        + "; the " + agreement.getArranger().name().toLowerCase(Locale.ROOT) + " arranges meetings"
        + (agreement.isProtectedTime() ? "; in protected work time" : "")
        + (agreement.getBoundaries() == null ? "" : "; boundaries: " + agreement.getBoundaries());
  }
}
