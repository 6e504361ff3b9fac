package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One participant's line in a workshop's attendance register; created through {@link Workshop#recordAttendance}. */
@Entity
@Table(name = "fs_workshop_attendance",
    uniqueConstraints = @UniqueConstraint(columnNames = {"workshop_id", "participant_id"}))
public class WorkshopAttendance {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "workshop_id", nullable = false)
  private Workshop workshop;

  @ManyToOne(optional = false)
  @JoinColumn(name = "participant_id", nullable = false)
  private Participant participant;

  @Column(name = "attended", nullable = false)
  private boolean attended;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /** For JPA only. */
  protected WorkshopAttendance() {
  }

  WorkshopAttendance(Workshop workshop, Participant participant, boolean attended, Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.workshop = workshop;
    this.participant = participant;
    this.attended = attended;
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  void correct(boolean attended, Instant recordedAt) {
    this.attended = attended;
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  public String getId() {
    return id;
  }

  public Workshop getWorkshop() {
    return workshop;
  }

  public Participant getParticipant() {
    return participant;
  }

  public boolean isAttended() {
    return attended;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
