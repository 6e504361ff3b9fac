package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An employee's application to join a cohort as mentor or mentee. A protected characteristic is only ever
 * stored with the applicant's explicit consent.
 */
@Entity
@Table(name = "fs_application",
    uniqueConstraints = @UniqueConstraint(columnNames = {"cohort_id", "employee_id"}))
public class Application {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Column(name = "employee_id", nullable = false)
  private String employeeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private ParticipantRole role;

  @Column(name = "band", nullable = false)
  private int band;

  @Column(name = "department")
  private String department;

  @Column(name = "lived_experience_topics", length = 1000)
  private String livedExperienceTopics;

  @Column(name = "learning_interests", length = 1000)
  private String learningInterests;

  @Column(name = "leads_area")
  private String leadsArea;

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_format")
  private MeetingFormat preferredFormat;

  @Column(name = "motivation", length = 4000)
  private String motivation;

  @Column(name = "consent_to_protected_data", nullable = false)
  private boolean consentToProtectedData;

  @Column(name = "protected_characteristic")
  private String protectedCharacteristic;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ApplicationStatus status;

  @Column(name = "status_reason", length = 1000)
  private String statusReason;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  /** For JPA only. */
  protected Application() {
  }

  /**
   * Records a submitted application.
   *
   * @throws IllegalArgumentException when a protected characteristic is given without consent
   */
  public Application(Cohort cohort, String employeeId, ParticipantRole role, int band, String department,
      String livedExperienceTopics, String learningInterests, String leadsArea, MeetingFormat preferredFormat,
      String motivation, boolean consentToProtectedData, String protectedCharacteristic, Instant submittedAt) {
    if (protectedCharacteristic != null && !consentToProtectedData) {
      throw new IllegalArgumentException(
          "protectedCharacteristic may only be recorded when the applicant consents to protected data");
    }
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.employeeId = Objects.requireNonNull(employeeId, "employeeId");
    this.role = Objects.requireNonNull(role, "role");
    this.band = band;
    this.department = department;
    this.livedExperienceTopics = livedExperienceTopics;
    this.learningInterests = learningInterests;
    this.leadsArea = leadsArea;
    this.preferredFormat = preferredFormat;
    this.motivation = motivation;
    this.consentToProtectedData = consentToProtectedData;
    this.protectedCharacteristic = protectedCharacteristic;
    this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
    this.status = ApplicationStatus.SUBMITTED;
  }

  public String getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
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

  public String getLivedExperienceTopics() {
    return livedExperienceTopics;
  }

  public String getLearningInterests() {
    return learningInterests;
  }

  public String getLeadsArea() {
    return leadsArea;
  }

  public MeetingFormat getPreferredFormat() {
    return preferredFormat;
  }

  public String getMotivation() {
    return motivation;
  }

  public boolean isConsentToProtectedData() {
    return consentToProtectedData;
  }

  public String getProtectedCharacteristic() {
    return protectedCharacteristic;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public void setStatus(ApplicationStatus status) {
    this.status = Objects.requireNonNull(status, "status");
  }

  public String getStatusReason() {
    return statusReason;
  }

  public void setStatusReason(String statusReason) {
    this.statusReason = statusReason;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
