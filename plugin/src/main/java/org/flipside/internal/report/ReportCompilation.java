package org.flipside.internal.report;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.flipside.model.Cohort;
import org.flipside.model.EvaluationReport;
import org.flipside.model.evaluation.EvaluationFindings;
import org.flipside.model.evaluation.FindingsAssembler;
import org.flipside.model.repository.EvaluationReportRepository;

/**
 * Compiles a cohort's report: assembles its findings from what is stored and keeps them as HTML and PDF with the
 * headline. Run when the feedback is grouped into themes, and again when figures or commitments arrive later or the
 * cohort's events change, so the report always shows every point recorded and the events still to come. Works in the
 * caller's transaction.
 */
public final class ReportCompilation {

  private final EvaluationReportRenderer renderer = new EvaluationReportRenderer();

  /** Compiles the report's documents and headline afresh. */
  public void compile(EntityManager em, EvaluationReport report, Instant now) {
    EvaluationFindings findings = new FindingsAssembler(em).assemble(report.getCohort(), now);
    RenderedReport rendered = renderer.render(findings);
    report.setDocument(findings.headline(), rendered.html(), rendered.pdf());
  }

  /** Compiles the cohort's report afresh, when it has been compiled before; a cohort not yet evaluated has none. */
  public void recompile(EntityManager em, Cohort cohort, Instant now) {
    new EvaluationReportRepository(em).findLatestByCohort(cohort.getId()).filter(report -> report.getHtml() != null)
        .ifPresent(report -> compile(em, report, now));
  }
}
