package org.flipside.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.flipside.model.Cohort;

/**
 * The cohort's secret for survey pseudonyms, in a table of its own that no answer refers to. It is destroyed
 * when the cohort's surveys are closed; from then on nobody, Flipside included, can tell whose answers are whose.
 */
@Entity
@Table(name = "fs_survey_key")
public class SurveyKey {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @OneToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false, unique = true)
  private Cohort cohort;

  @Column(name = "secret", length = 64)
  private String secret;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  /** For JPA only. */
  protected SurveyKey() {
  }

  /** A fresh random 256-bit secret for the cohort. */
  SurveyKey(Cohort cohort, Instant createdAt) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.secret = Base64.getEncoder().encodeToString(secret);
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

  public Instant getDestroyedAt() {
    return destroyedAt;
  }

  public boolean isDestroyed() {
    return destroyedAt != null;
  }

  byte[] secret() {
    if (isDestroyed()) {
      throw new IllegalStateException("the survey key of cohort " + cohort.getNumber() + " was destroyed at "
          + destroyedAt + ": answers can no longer be paired");
    }
    return Base64.getDecoder().decode(secret);
  }

  void destroy(Instant now) {
    this.secret = null;
    this.destroyedAt = Objects.requireNonNull(now, "now");
  }
}
