package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A concern someone raised about a programme (a safeguarding or conduct issue), tracked to resolution. */
@Entity
@Table(name = "fs_concern")
public class Concern {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @Column(name = "raised_by", nullable = false)
  private String raisedBy;

  @Column(name = "summary", nullable = false, length = 4000)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ConcernStatus status;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "acknowledge_by")
  private Instant acknowledgeBy;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledgement_note", length = 4000)
  private String acknowledgementNote;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "outcome", length = 4000)
  private String outcome;

  /** For JPA only. */
  protected Concern() {
  }

  /** Raises a concern, to be acknowledged by the given time. */
  public Concern(Programme programme, String raisedBy, String summary, Instant raisedAt, Instant acknowledgeBy) {
    this(programme, raisedBy, summary, raisedAt);
    if (acknowledgeBy.isBefore(raisedAt)) {
      throw new IllegalArgumentException("acknowledgeBy must not be before raisedAt (" + raisedAt + ") but was "
          + acknowledgeBy);
    }
    this.acknowledgeBy = acknowledgeBy;
  }

  /** Raises a concern. */
  public Concern(Programme programme, String raisedBy, String summary, Instant raisedAt) {
    this.id = UUID.randomUUID().toString();
    this.programme = Objects.requireNonNull(programme, "programme");
    this.raisedBy = Objects.requireNonNull(raisedBy, "raisedBy");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
    this.status = ConcernStatus.RAISED;
  }

  /** Someone responsible has seen the concern. */
  public void acknowledge(Instant at) {
    if (status != ConcernStatus.RAISED) {
      throw new IllegalStateException("Concern cannot move from " + status + " to ACKNOWLEDGED");
    }
    status = ConcernStatus.ACKNOWLEDGED;
    acknowledgedAt = Objects.requireNonNull(at, "at");
  }

  /** It was not acknowledged in time and went to the HR admins; only the first escalation counts. */
  public void escalate(Instant at) {
    if (status != ConcernStatus.RAISED) {
      throw new IllegalStateException("Concern cannot be escalated once " + status);
    }
    if (escalatedAt == null) {
      escalatedAt = Objects.requireNonNull(at, "at");
    }
  }

  /** The concern was dealt with; resolving without acknowledging first is allowed for quick fixes. */
  public void resolve(Instant at, String outcome) {
    if (status == ConcernStatus.RESOLVED) {
      throw new IllegalStateException("Concern cannot move from RESOLVED to RESOLVED");
    }
    status = ConcernStatus.RESOLVED;
    resolvedAt = Objects.requireNonNull(at, "at");
    this.outcome = outcome;
  }

  public String getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public String getRaisedBy() {
    return raisedBy;
  }

  public String getSummary() {
    return summary;
  }

  public ConcernStatus getStatus() {
    return status;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  /** When it must be acknowledged by; {@code null} for a concern raised without a deadline. */
  public Instant getAcknowledgeBy() {
    return acknowledgeBy;
  }

  /** When it went to the HR admins for not being acknowledged in time, if it did. */
  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public String getOutcome() {
    return outcome;
  }

  /** What the EDI lead told the raiser on acknowledging, or {@code null}. */
  public String getAcknowledgementNote() {
    return acknowledgementNote;
  }

  public void setAcknowledgementNote(String acknowledgementNote) {
    this.acknowledgementNote = acknowledgementNote;
  }
}
