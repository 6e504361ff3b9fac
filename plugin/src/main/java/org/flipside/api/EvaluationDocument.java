package org.flipside.api;

import java.time.Instant;

/**
 * A cohort's evaluation report: findings, charts, themes and recommendations, as HTML and as PDF.
 *
 * @param programmeId the programme
 * @param cohortNumber the cohort evaluated, 1 for the pilot
 * @param headline one or two sentences of findings, as the rollout decision shows them
 * @param html the report as one self-contained XHTML document
 * @param pdf the same report as a tagged PDF
 * @param compiledAt when the report was compiled
 * @since 1.0
 */
public record EvaluationDocument(String programmeId, int cohortNumber, String headline, String html, byte[] pdf,
    Instant compiledAt) {

  public EvaluationDocument {
    pdf = pdf.clone();
  }

  /** The PDF's bytes, a copy each time. */
  @Override
  public byte[] pdf() {
    return pdf.clone();
  }
}
