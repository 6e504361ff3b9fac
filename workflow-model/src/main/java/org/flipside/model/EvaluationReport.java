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
 * The figures and findings of a cohort's evaluation. Counts are filled when the report is compiled; themes and
 * recommendations are written by the programme manager afterwards. Averages stay null below the anonymity
 * threshold so a small cohort's answers cannot be attributed.
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

  @Column(name = "average_confidence_talking")
  private Double averageConfidenceTalking;

  @Column(name = "average_understanding_issues")
  private Double averageUnderstandingIssues;

  @Column(name = "average_confidence_asking")
  private Double averageConfidenceAsking;

  @Column(name = "average_confidence_sharing")
  private Double averageConfidenceSharing;

  @Column(name = "headline", length = 1000)
  private String headline;

  @Column(name = "themes", length = 4000)
  private String themes;

  @Column(name = "recommendations", length = 4000)
  private String recommendations;

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

  /** Null when fewer responses than the programme's anonymity threshold. */
  public Double getAverageConfidenceTalking() {
    return averageConfidenceTalking;
  }

  public void setAverageConfidenceTalking(Double averageConfidenceTalking) {
    this.averageConfidenceTalking = averageConfidenceTalking;
  }

  /** Null when fewer responses than the programme's anonymity threshold. */
  public Double getAverageUnderstandingIssues() {
    return averageUnderstandingIssues;
  }

  public void setAverageUnderstandingIssues(Double averageUnderstandingIssues) {
    this.averageUnderstandingIssues = averageUnderstandingIssues;
  }

  /** Null when fewer responses than the programme's anonymity threshold. */
  public Double getAverageConfidenceAsking() {
    return averageConfidenceAsking;
  }

  public void setAverageConfidenceAsking(Double averageConfidenceAsking) {
    this.averageConfidenceAsking = averageConfidenceAsking;
  }

  /** Null when fewer responses than the programme's anonymity threshold. */
  public Double getAverageConfidenceSharing() {
    return averageConfidenceSharing;
  }

  public void setAverageConfidenceSharing(Double averageConfidenceSharing) {
    this.averageConfidenceSharing = averageConfidenceSharing;
  }

  public String getHeadline() {
    return headline;
  }

  public void setHeadline(String headline) {
    this.headline = headline;
  }

  public String getThemes() {
    return themes;
  }

  public void setThemes(String themes) {
    this.themes = themes;
  }

  public String getRecommendations() {
    return recommendations;
  }

  public void setRecommendations(String recommendations) {
    this.recommendations = recommendations;
  }
}
