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
 * A participant of an evaluated cohort who accepted to be an ambassador for the next one: writing about the
 * programme, encouraging colleagues to apply and showing what they learnt.
 */
@Entity
@Table(name = "fs_ambassador")
public class Ambassador {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "from_cohort_id", nullable = false)
  private Cohort fromCohort;

  @Column(name = "employee_id", nullable = false)
  private String employeeId;

  @Column(name = "accepted_at", nullable = false)
  private Instant acceptedAt;

  /** For JPA only. */
  protected Ambassador() {
  }

  /** Records that a participant of the cohort accepted. */
  public Ambassador(Cohort fromCohort, String employeeId, Instant acceptedAt) {
    this.id = UUID.randomUUID().toString();
    this.fromCohort = Objects.requireNonNull(fromCohort, "fromCohort");
    this.employeeId = Objects.requireNonNull(employeeId, "employeeId");
    this.acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt");
  }

  public String getId() {
    return id;
  }

  public Cohort getFromCohort() {
    return fromCohort;
  }

  public String getEmployeeId() {
    return employeeId;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
