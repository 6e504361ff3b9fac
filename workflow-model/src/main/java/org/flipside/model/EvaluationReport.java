package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The figures and the rendered report of a cohort's evaluation. Participation counts are filled when the surveys
 * close; the HTML and PDF documents, with their headline, once the manager has grouped the feedback into themes.
 * Survey figures live only in the documents, where small groups are already hidden.
 */
@Entity
@Table(name = "fs_evaluation_report")
public class EvaluationReport {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "applications", nullable = false)
  private long applications;

  @Column(name = "pairs", nullable = false)
  private long pairs;

  @Column(name = "pairs_completed", nullable = false)
  private long pairsCompleted;

  @Column(name = "pairs_ended_early", nullable = false)
  private long pairsEndedEarly;

  @Column(name = "sessions_held", nullable = false)
  private long sessionsHeld;

  @Column(name = "sessions_missed", nullable = false)
  private long sessionsMissed;

  @Column(name = "survey_responses", nullable = false)
  private long surveyResponses;

  @Column(name = "headline", length = 1000)
  private String headline;

  @Column(name = "report_html")
  private String html;

  @Column(name = "report_pdf")
  private byte[] pdf;

  /** For JPA only. */
  protected EvaluationReport() {
  }

  /** Starts an empty report; the compiler fills the figures through the setters. */
  public EvaluationReport(Cohort cohort, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public String getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getApplications() {
    return applications;
  }

  public void setApplications(long applications) {
    this.applications = applications;
  }

  public long getPairs() {
    return pairs;
  }

  public void setPairs(long pairs) {
    this.pairs = pairs;
  }

  public long getPairsCompleted() {
    return pairsCompleted;
  }

  public void setPairsCompleted(long pairsCompleted) {
    this.pairsCompleted = pairsCompleted;
  }

  public long getPairsEndedEarly() {
    return pairsEndedEarly;
  }

  public void setPairsEndedEarly(long pairsEndedEarly) {
    this.pairsEndedEarly = pairsEndedEarly;
  }

  public long getSessionsHeld() {
    return sessionsHeld;
  }

  public void setSessionsHeld(long sessionsHeld) {
    this.sessionsHeld = sessionsHeld;
  }

  public long getSessionsMissed() {
    return sessionsMissed;
  }

  public void setSessionsMissed(long sessionsMissed) {
    this.sessionsMissed = sessionsMissed;
  }

  public long getSurveyResponses() {
    return surveyResponses;
  }

  public void setSurveyResponses(long surveyResponses) {
    this.surveyResponses = surveyResponses;
  }

  public String getHeadline() {
    return headline;
  }

  public void setHeadline(String headline) {
    this.headline = headline;
  }

  /** The rendered report as one XHTML document, or null before the findings are complete. */
  public String getHtml() {
    return html;
  }

  /** The rendered report as PDF, or null before the findings are complete. */
  public byte[] getPdf() {
    return pdf == null ? null : pdf.clone();
  }

  /** Stores the rendered report with its headline. */
  public void setDocument(String headline, String html, byte[] pdf) {
    this.headline = headline;
    this.html = Objects.requireNonNull(html, "html");
    this.pdf = Objects.requireNonNull(pdf, "pdf").clone();
  }
}
