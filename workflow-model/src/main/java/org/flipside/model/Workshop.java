package org.flipside.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A kick-off or knowledge workshop for a cohort, with its attendance register. */
@Entity
@Table(name = "fs_workshop")
public class Workshop {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private WorkshopKind kind;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @OneToMany(mappedBy = "workshop", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("recordedAt ASC, id ASC")
  private List<WorkshopAttendance> attendances = new ArrayList<>();

  /** For JPA only. */
  protected Workshop() {
  }

  /** Schedules a workshop. */
  public Workshop(Cohort cohort, WorkshopKind kind, String title, Instant scheduledAt, int durationMinutes) {
    if (durationMinutes < 1) {
      throw new IllegalArgumentException("durationMinutes must be positive but was " + durationMinutes);
    }
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.title = Objects.requireNonNull(title, "title");
    this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt");
    this.durationMinutes = durationMinutes;
  }

  /**
   * Records whether a participant attended. A second call for the same participant corrects the earlier
   * record in place, so the register holds one row per participant.
   */
  public WorkshopAttendance recordAttendance(Participant participant, boolean attended, Instant at) {
    Objects.requireNonNull(participant, "participant");
    for (WorkshopAttendance attendance : attendances) {
      if (attendance.getParticipant().getId().equals(participant.getId())) {
        attendance.correct(attended, at);
        return attendance;
      }
    }
    WorkshopAttendance attendance = new WorkshopAttendance(this, participant, attended, at);
    attendances.add(attendance);
    return attendance;
  }

  public String getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public WorkshopKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  /** The register, read-only; change it through {@link #recordAttendance}. */
  public List<WorkshopAttendance> getAttendances() {
    return Collections.unmodifiableList(attendances);
  }
}
