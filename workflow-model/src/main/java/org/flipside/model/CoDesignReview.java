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
 * A staff-network representative's review of a programme's scope before the sponsor signs it off: whether they endorse
 * it as it stands, and what they would change. A scope sent back and revised is reviewed again.
 */
@Entity
@Table(name = "fs_co_design_review")
public class CoDesignReview {

  /** The longest suggestions kept. */
  public static final int MAX_SUGGESTIONS = 4000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @Column(name = "reviewer_id", nullable = false)
  private String reviewerId;

  @Column(name = "endorsed", nullable = false)
  private boolean endorsed;

  @Column(name = "suggestions", length = MAX_SUGGESTIONS)
  private String suggestions;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  /** For JPA only. */
  protected CoDesignReview() {
  }

  /** Records a representative's review. */
  public CoDesignReview(Programme programme, String reviewerId, boolean endorsed, String suggestions,
      Instant reviewedAt) {
    this.id = UUID.randomUUID().toString();
    this.programme = Objects.requireNonNull(programme, "programme");
    this.reviewerId = Objects.requireNonNull(reviewerId, "reviewerId");
    this.endorsed = endorsed;
    this.suggestions = suggestions;
    this.reviewedAt = Objects.requireNonNull(reviewedAt, "reviewedAt");
  }

  public String getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public String getReviewerId() {
    return reviewerId;
  }

  public boolean isEndorsed() {
    return endorsed;
  }

  public String getSuggestions() {
    return suggestions;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }
}
