package org.flipside.model.evaluation;

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
import org.flipside.model.Cohort;
import org.flipside.model.SurveyKind;

/**
 * A survey answer waiting to be mixed into the cohort's responses ({@link AnswerMixer}): sealed, so that its row, which
 * is written as its task completes, says nothing but which survey it belongs to. It has no time and no role.
 */
@Entity
@Table(name = "fs_survey_pending")
public class PendingAnswer {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private SurveyKind kind;

  @Column(name = "tag", length = 64)
  private String tag;

  @Column(name = "sealed", nullable = false)
  private String sealed;

  /** For JPA only. */
  protected PendingAnswer() {
  }

  PendingAnswer(Cohort cohort, SurveyKind kind, String tag, String sealed) {
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.tag = tag;
    this.sealed = Objects.requireNonNull(sealed, "sealed");
  }

  public String getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public SurveyKind getKind() {
    return kind;
  }

  String sealed() {
    return sealed;
  }

  /** Replaces the sealed answer and forgets the tag, which would still lead to the person it was given for. */
  void reseal(String resealed) {
    this.sealed = Objects.requireNonNull(resealed, "resealed");
    this.tag = null;
  }
}
