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
import java.time.LocalDate;
import java.util.UUID;
import org.flipside.model.Programme;

/**
 * Something leaders committed to doing after their mentoring (a joint blog, addressing all staff, a policy change),
 * with where it stands. Made and updated through {@link Commitments}, which checks it.
 */
@Entity
@Table(name = "fs_leader_commitment")
public class LeaderCommitment {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @Column(name = "description", nullable = false, length = 500)
  private String description;

  @Column(name = "made_by", length = 200)
  private String madeBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private CommitmentStatus status;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** For JPA only. */
  protected LeaderCommitment() {
  }

  LeaderCommitment(Programme programme, String description, String madeBy, CommitmentStatus status,
      LocalDate dueOn, int position, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.programme = programme;
    this.description = description;
    this.madeBy = madeBy;
    this.status = status;
    this.dueOn = dueOn;
    this.position = position;
    this.recordedAt = now;
    this.updatedAt = now;
  }

  void moveTo(CommitmentStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  public String getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public String getDescription() {
    return description;
  }

  /** Who made it, as a role ("the managing director", "one pair"), or null. */
  public String getMadeBy() {
    return madeBy;
  }

  public CommitmentStatus getStatus() {
    return status;
  }

  /** When it is meant to be done, or null. */
  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
