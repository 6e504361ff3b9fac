package org.flipside.internal.delegate.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.report.EvaluationReportRenderer;
import org.flipside.internal.report.RenderedReport;
import org.flipside.model.Cohort;
import org.flipside.model.EvaluationReport;
import org.flipside.model.evaluation.EvaluationFindings;
import org.flipside.model.evaluation.FindingsAssembler;

/**
 * Once the feedback is grouped into themes: assembles the cohort's findings, renders them as HTML and PDF, stores
 * both with the cohort's report, and hands the headline to the rollout decision.
 */
public final class CompileReport implements JavaDelegate {

  private final DelegateContext context;
  private final EvaluationReportRenderer renderer = new EvaluationReportRenderer();

  public CompileReport(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    EvaluationReport report = context.data().reports().findLatestByCohort(cohort.getId())
        .orElseThrow(() -> new IllegalStateException("cohort " + cohort.getId() + " has no evaluation report"));
    EvaluationFindings findings = new FindingsAssembler(context.data().entityManager()).assemble(cohort, context.now());
    RenderedReport rendered = renderer.render(findings);
    report.setDocument(findings.headline(), rendered.html(), rendered.pdf());
  }
}
