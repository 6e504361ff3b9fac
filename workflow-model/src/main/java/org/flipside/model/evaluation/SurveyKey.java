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
 * The cohort's random salt for survey pseudonyms, in a table of its own that no answer refers to. Alone it names
 * no one: the pseudonym secret needs the host's key as well ({@link PseudonymHostKey}). It is destroyed when the
 * cohort's surveys are closed; from then on nobody, Flipside or the host included, can tell whose answers are whose.
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

  @Column(name = "salt", length = 64)
  private String salt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  /** For JPA only. */
  protected SurveyKey() {
  }

  /** A fresh random 256-bit salt for the cohort. */
  SurveyKey(Cohort cohort, Instant createdAt) {
    byte[] salt = new byte[32];
    RANDOM.nextBytes(salt);
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.salt = Base64.getEncoder().encodeToString(salt);
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

  byte[] salt() {
    if (isDestroyed()) {
      throw new IllegalStateException("the survey key of cohort " + cohort.getNumber() + " was destroyed at "
          + destroyedAt + ": answers can no longer be paired");
    }
    return Base64.getDecoder().decode(salt);
  }

  void destroy(Instant now) {
    this.salt = null;
    this.destroyedAt = Objects.requireNonNull(now, "now");
  }
}
