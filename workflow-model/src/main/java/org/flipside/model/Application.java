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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
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

  @Column(name = "consent_withdrawn_at")
  private Instant consentWithdrawnAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ApplicationStatus status;

  @Column(name = "status_reason", length = 1000)
  private String statusReason;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "location")
  private String location;

  // short lists kept as comma-separated text: they are read with the application and never queried
  @Column(name = "availability")
  private String availability;

  @Column(name = "declared_conflicts", length = 1000)
  private String declaredConflicts;

  @Column(name = "mentor_capacity", nullable = false)
  private int mentorCapacity = 1;

  @Column(name = "waitlisted_from", length = 36)
  private String waitlistedFrom;

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

  /**
   * The applicant withdraws consent: the protected characteristic is forgotten, so neither matching nor any later
   * aggregate can use it.
   *
   * @return whether a characteristic was on file
   */
  public boolean withdrawConsent(Instant at) {
    boolean held = protectedCharacteristic != null;
    if (consentToProtectedData || held) {
      consentToProtectedData = false;
      protectedCharacteristic = null;
      consentWithdrawnAt = Objects.requireNonNull(at, "at");
    }
    return held;
  }

  /** When consent was withdrawn; null when it never was. */
  public Instant getConsentWithdrawnAt() {
    return consentWithdrawnAt;
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

  /**
   * Records what the matcher should know beyond the profile.
   *
   * @param location where the applicant usually works; null when not given
   * @param availability the slots the applicant can meet in, such as "tue-am"
   * @param declaredConflicts employee ids of colleagues the applicant must not be paired with
   * @param mentorCapacity how many mentees a mentor can take on; 1 for mentees
   * @throws IllegalArgumentException when the capacity is below 1, or a mentee offers more than 1
   */
  public void setMatchingNeeds(String location, Set<String> availability, Set<String> declaredConflicts,
      int mentorCapacity) {
    if (mentorCapacity < 1 || (role == ParticipantRole.MENTEE && mentorCapacity != 1)) {
      throw new IllegalArgumentException("mentorCapacity must be at least 1 for a mentor and 1 for a mentee, was "
          + mentorCapacity);
    }
    this.location = location;
    this.availability = joined(availability);
    this.declaredConflicts = joined(declaredConflicts);
    this.mentorCapacity = mentorCapacity;
  }

  public String getLocation() {
    return location;
  }

  /** The slots the applicant can meet in, in the order given. */
  public Set<String> getAvailability() {
    return split(availability);
  }

  /** Employee ids of colleagues the applicant declared a conflict of interest with. */
  public Set<String> getDeclaredConflicts() {
    return split(declaredConflicts);
  }

  public int getMentorCapacity() {
    return mentorCapacity;
  }

  private static String joined(Set<String> values) {
    return values == null || values.isEmpty() ? null : String.join(",", values);
  }

  private static Set<String> split(String joined) {
    return joined == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(joined.split(",")));
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  /**
   * The application this person makes to the next cohort by confirming the place offered to them from the waitlist:
   * the same answers, role and submission time, with their band and department as they are now. It keeps consent only
   * if it was never withdrawn.
   */
  public Application carriedOverTo(Cohort next, int currentBand, String currentDepartment) {
    Application carried = new Application(next, employeeId, role, currentBand, currentDepartment, livedExperienceTopics,
        learningInterests, leadsArea, preferredFormat, motivation, consentToProtectedData, protectedCharacteristic,
        submittedAt);
    carried.location = location;
    carried.availability = availability;
    carried.declaredConflicts = declaredConflicts;
    carried.mentorCapacity = mentorCapacity;
    carried.waitlistedFrom = id;
    return carried;
  }

  /** The id of the waitlisted application this one carries over, or null for a new application. */
  public String getWaitlistedFrom() {
    return waitlistedFrom;
  }
}
