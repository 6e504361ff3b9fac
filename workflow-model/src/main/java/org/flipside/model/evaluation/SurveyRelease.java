package org.flipside.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.flipside.model.Cohort;
import org.flipside.model.SurveyKind;

/** One release of a cohort's survey figures: the day, and how many responses it added to what had been shown. */
@Entity
@Table(name = "fs_survey_release")
public class SurveyRelease {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private SurveyKind kind;

  @Column(name = "released_on", nullable = false)
  private Instant releasedOn;

  @Column(name = "responses", nullable = false)
  private int responses;

  /** For JPA only. */
  protected SurveyRelease() {
  }

  SurveyRelease(Cohort cohort, SurveyKind kind, int responses, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.responses = responses;
    this.releasedOn = now.truncatedTo(ChronoUnit.DAYS);
  }

  public String getId() {
    return id;
  }

  public SurveyKind getKind() {
    return kind;
  }

  public Instant getReleasedOn() {
    return releasedOn;
  }

  public int getResponses() {
    return responses;
  }
}
