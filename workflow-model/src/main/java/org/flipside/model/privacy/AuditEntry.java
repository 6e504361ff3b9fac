package org.flipside.model.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the audit trail: who did what to which record, and when; never what the record says. An entry has no
 * setters and every column is written once ({@code updatable = false}), so nothing changes it after it is added;
 * only retention removes entries ({@link AuditLog}).
 */
@Entity
@Table(name = "fs_audit_entry")
public class AuditEntry {

  @Id
  @Column(name = "id", length = 36, updatable = false)
  private String id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private String actorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 40, updatable = false)
  private AuditedAction action;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private String subjectId;

  @Column(name = "programme_id", length = 36, updatable = false)
  private String programmeId;

  /** For JPA only. */
  protected AuditEntry() {
  }

  AuditEntry(Instant occurredAt, String actorId, AuditedAction action, String subjectId, String programmeId) {
    this.id = UUID.randomUUID().toString();
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actorId = Objects.requireNonNull(actorId, "actorId");
    this.action = Objects.requireNonNull(action, "action");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.programmeId = programmeId;
  }

  public String getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActorId() {
    return actorId;
  }

  public AuditedAction getAction() {
    return action;
  }

  /** The record acted on: a programme, a support request or an employee. */
  public String getSubjectId() {
    return subjectId;
  }

  /** The programme the record belongs to; null for what belongs to none, such as an export of an employee. */
  public String getProgrammeId() {
    return programmeId;
  }
}
