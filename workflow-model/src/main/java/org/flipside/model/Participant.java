package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A person taking part in a cohort. Role, band and department are copied from the application so later
 * changes in the HR record do not rewrite who was matched on what basis.
 */
@Entity
@Table(name = "fs_participant",
    uniqueConstraints = @UniqueConstraint(columnNames = {"cohort_id", "employee_id"}))
public class Participant {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @OneToOne
  @JoinColumn(name = "application_id", unique = true)
  private Application application;

  @Column(name = "employee_id", nullable = false)
  private String employeeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private ParticipantRole role;

  @Column(name = "band", nullable = false)
  private int band;

  @Column(name = "department")
  private String department;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ParticipantStatus status;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  @Column(name = "unmatched_reason", length = 1000)
  private String unmatchedReason;

  /** For JPA only. */
  protected Participant() {
  }

  /** Enrols the applicant of an approved application. */
  public Participant(Application application, Instant joinedAt) {
    this(Objects.requireNonNull(application, "application").getCohort(), application.getEmployeeId(),
        application.getRole(), application.getBand(), application.getDepartment(), joinedAt);
    this.application = application;
  }

  /** Enrols someone directly, without an application (for example a sponsor-nominated leader). */
  public Participant(Cohort cohort, String employeeId, ParticipantRole role, int band, String department,
      Instant joinedAt) {
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.employeeId = Objects.requireNonNull(employeeId, "employeeId");
    this.role = Objects.requireNonNull(role, "role");
    this.band = band;
    this.department = department;
    this.joinedAt = Objects.requireNonNull(joinedAt, "joinedAt");
    this.status = ParticipantStatus.ACTIVE;
  }

  public String getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public Application getApplication() {
    return application;
  }

  public String getEmployeeId() {
    return employeeId;
  }

  public ParticipantRole getRole() {
    return role;
  }

  public int getBand() {
    return band;
  }

  public String getDepartment() {
    return department;
  }

  public ParticipantStatus getStatus() {
    return status;
  }

  public void setStatus(ParticipantStatus status) {
    this.status = Objects.requireNonNull(status, "status");
  }

  /** Why the latest match proposal left this participant without a partner; null when it found one. */
  public String getUnmatchedReason() {
    return unmatchedReason;
  }

  /** Records why the latest proposal left this participant unmatched, cut to the column; null clears it. */
  public void setUnmatchedReason(String reason) {
    this.unmatchedReason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }
}
