package org.flipside.internal.delegate.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.EvaluationReport;

/** Adds the HR admin's themes and recommendations to the cohort's evaluation report. */
public final class RecordFindings implements JavaDelegate {

  private final DelegateContext context;

  public RecordFindings(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cohortId = Variables.string(execution, "cohortId");
    EvaluationReport report = context.data().reports().findLatestByCohort(cohortId)
        .orElseThrow(() -> new IllegalStateException("cohort " + cohortId + " has no evaluation report"));
    report.setThemes(Variables.string(execution, "themes"));
    report.setRecommendations(Variables.string(execution, "recommendations"));
  }
}
