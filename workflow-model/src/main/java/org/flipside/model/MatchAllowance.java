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
 * One mentor–mentee pair of a cohort that the HR admin allowed although a matching rule forbids it (say, a
 * managing director whom everyone reports to, with a mentor far down the chain), with who allowed it and why.
 * The matching then treats the pair as passing every rule but the same person on both sides and the admin's bans.
 */
@Entity
@Table(name = "fs_match_allowance")
public class MatchAllowance {

  /** The longest reason kept. */
  public static final int MAX_REASON = 2000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Column(name = "mentor_employee_id", nullable = false)
  private String mentorEmployeeId;

  @Column(name = "mentee_employee_id", nullable = false)
  private String menteeEmployeeId;

  @Column(name = "allowed_by", nullable = false)
  private String allowedBy;

  @Column(name = "reason", nullable = false, length = MAX_REASON)
  private String reason;

  @Column(name = "allowed_at", nullable = false)
  private Instant allowedAt;

  /** For JPA only. */
  protected MatchAllowance() {
  }

  /** Records that {@code allowedBy} allowed the pair, and why. */
  public MatchAllowance(Cohort cohort, String mentorEmployeeId, String menteeEmployeeId, String allowedBy,
      String reason, Instant allowedAt) {
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.mentorEmployeeId = Objects.requireNonNull(mentorEmployeeId, "mentorEmployeeId");
    this.menteeEmployeeId = Objects.requireNonNull(menteeEmployeeId, "menteeEmployeeId");
    this.allowedBy = Objects.requireNonNull(allowedBy, "allowedBy");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.allowedAt = Objects.requireNonNull(allowedAt, "allowedAt");
  }

  public String getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public String getMentorEmployeeId() {
    return mentorEmployeeId;
  }

  public String getMenteeEmployeeId() {
    return menteeEmployeeId;
  }

  public String getAllowedBy() {
    return allowedBy;
  }

  public String getReason() {
    return reason;
  }

  public Instant getAllowedAt() {
    return allowedAt;
  }
}
