package org.flipside.internal.delegate.sessions;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;
import org.flipside.model.SurveyResponse;

/**
 * Stores one partner's midpoint pulse answer under a random token, with their side of the pair and
 * the cohort, never their name or their pairing: the answers are read only as aggregates.
 */
public final class RecordPulseResponse implements JavaDelegate {

  private final DelegateContext context;

  public RecordPulseResponse(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(Variables.string(execution, "pairingId"));
    String respondent = Variables.string(execution, "respondentId");
    context.data().surveys().save(SurveyResponse.pulse(
        pairing.getCohort(),
        pairing.roleOf(respondent).orElseThrow(
            () -> new IllegalStateException(respondent + " is not a partner in pairing " + pairing.getId())),
        UUID.randomUUID().toString(),
        Variables.optionalInteger(execution, "pairingWorking"),
        Variables.optionalInteger(execution, "speakOpenly"),
        Variables.optionalInteger(execution, "confidenceTalking"),
        context.now()));
  }
}
