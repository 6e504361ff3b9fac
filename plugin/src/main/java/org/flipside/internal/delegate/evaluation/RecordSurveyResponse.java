package org.flipside.internal.delegate.evaluation;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Cohort;
import org.flipside.model.Participant;
import org.flipside.model.SurveyKind;
import org.flipside.model.SurveyResponse;

/**
 * Stores one survey response under a random token: the answers keep the respondent's role, never
 * who they are.
 */
public final class RecordSurveyResponse implements JavaDelegate {

  private final DelegateContext context;

  public RecordSurveyResponse(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(Variables.string(execution, "cohortId"));
    String respondent = Variables.string(execution, "respondentId");
    Participant participant = context.data().participants().findByCohortAndEmployee(cohort.getId(), respondent)
        .orElseThrow(() -> new IllegalStateException(respondent + " is not in cohort " + cohort.getNumber()));
    context.data().surveys().save(new SurveyResponse(
        cohort,
        participant.getRole(),
        SurveyKind.FINAL,
        UUID.randomUUID().toString(),
        Variables.optionalInteger(execution, "confidenceTalking"),
        Variables.optionalInteger(execution, "understandingIssues"),
        Variables.optionalInteger(execution, "confidenceAsking"),
        Variables.optionalInteger(execution, "confidenceSharing"),
        Variables.optionalString(execution, "comments"),
        context.now()));
  }
}
