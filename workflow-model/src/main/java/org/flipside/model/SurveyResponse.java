package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.flipside.model.evaluation.SurveyRelease;

/**
 * One answer to a baseline, pulse or final survey. The respondent is identified only by an opaque token, never by
 * employee id, so answers cannot be traced back to a named person. Scores are 1..5 or null when skipped. It keeps no
 * time, and is written among others in a shuffled batch ({@code AnswerMixer}), never as its task completes.
 */
@Entity
@Table(name = "fs_survey_response")
public class SurveyResponse {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_role", nullable = false)
  private ParticipantRole respondentRole;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private SurveyKind kind;

  @Column(name = "respondent_token", nullable = false)
  private String respondentToken;

  @Column(name = "confidence_talking")
  private Integer confidenceTalking;

  @Column(name = "understanding_issues")
  private Integer understandingIssues;

  @Column(name = "confidence_asking")
  private Integer confidenceAsking;

  @Column(name = "confidence_sharing")
  private Integer confidenceSharing;

  @Column(name = "pairing_working")
  private Integer pairingWorking;

  @Column(name = "speak_openly")
  private Integer speakOpenly;

  @Column(name = "comments", length = 4000)
  private String comments;

  @ManyToOne
  @JoinColumn(name = "release_id")
  private SurveyRelease release;

  /** For JPA only. */
  protected SurveyResponse() {
  }

  /**
   * Records an answer.
   *
   * @throws IllegalArgumentException naming the field when a score lies outside 1..5
   */
  public SurveyResponse(Cohort cohort, ParticipantRole respondentRole, SurveyKind kind, String respondentToken,
      Integer confidenceTalking, Integer understandingIssues, Integer confidenceAsking, Integer confidenceSharing,
      String comments) {
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.respondentRole = Objects.requireNonNull(respondentRole, "respondentRole");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.respondentToken = Objects.requireNonNull(respondentToken, "respondentToken");
    this.confidenceTalking = score("confidenceTalking", confidenceTalking);
    this.understandingIssues = score("understandingIssues", understandingIssues);
    this.confidenceAsking = score("confidenceAsking", confidenceAsking);
    this.confidenceSharing = score("confidenceSharing", confidenceSharing);
    this.comments = comments;
  }

  /**
   * A midpoint pulse answer: how well the pairing works, whether the respondent can speak openly, and their
   * confidence talking about the focus issues, each 1..5 or null when skipped. No comments: a pulse takes no
   * free text that could name anyone. No time is kept: it would match the moment the respondent's task ended.
   *
   * @throws IllegalArgumentException naming the field when a score lies outside 1..5
   */
  public static SurveyResponse pulse(Cohort cohort, ParticipantRole respondentRole, String respondentToken,
      Integer pairingWorking, Integer speakOpenly, Integer confidenceTalking) {
    SurveyResponse response = new SurveyResponse(cohort, respondentRole, SurveyKind.PULSE, respondentToken,
        confidenceTalking, null, null, null, null);
    response.pairingWorking = score("pairingWorking", pairingWorking);
    response.speakOpenly = score("speakOpenly", speakOpenly);
    return response;
  }

  private static Integer score(String field, Integer value) {
    if (value != null && (value < 1 || value > 5)) {
      throw new IllegalArgumentException(field + " must be between 1 and 5 but was " + value);
    }
    return value;
  }

  public String getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public ParticipantRole getRespondentRole() {
    return respondentRole;
  }

  public SurveyKind getKind() {
    return kind;
  }

  public String getRespondentToken() {
    return respondentToken;
  }

  public Integer getConfidenceTalking() {
    return confidenceTalking;
  }

  public Integer getUnderstandingIssues() {
    return understandingIssues;
  }

  public Integer getConfidenceAsking() {
    return confidenceAsking;
  }

  public Integer getConfidenceSharing() {
    return confidenceSharing;
  }

  public Integer getPairingWorking() {
    return pairingWorking;
  }

  public Integer getSpeakOpenly() {
    return speakOpenly;
  }

  public String getComments() {
    return comments;
  }

  /** The release that first counted this response in the figures, or null while it is not counted. */
  public SurveyRelease getRelease() {
    return release;
  }

  /** Counts this response in the figures from the given release on; once only. */
  public void releaseIn(SurveyRelease release) {
    if (this.release != null) {
      throw new IllegalStateException("survey response " + id + " was already released");
    }
    this.release = Objects.requireNonNull(release, "release");
  }
}
