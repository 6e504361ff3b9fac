package org.flipside.internal.delegate.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.report.ReportCompilation;
import org.flipside.model.Cohort;
import org.flipside.model.EvaluationReport;

/**
 * Once the feedback is grouped into themes: assembles the cohort's findings, renders them as HTML and PDF, stores
 * both with the cohort's report, and hands the headline to the rollout decision.
 */
public final class CompileReport implements JavaDelegate {

  private final DelegateContext context;
  private final ReportCompilation compilation = new ReportCompilation();

  public CompileReport(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    EvaluationReport report = context.data().reports().findLatestByCohort(cohort.getId())
        .orElseThrow(() -> new IllegalStateException("cohort " + cohort.getId() + " has no evaluation report"));
    compilation.compile(context.data().entityManager(), report, context.now());
  }
}
