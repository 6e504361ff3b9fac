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
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Whether a pair met in one session period, and how. Deliberately holds no field for what was discussed:
 * sessions are confidential, and a column that could hold notes would invite someone to fill it.
 */
@Entity
@Table(name = "fs_session_record",
    uniqueConstraints = @UniqueConstraint(columnNames = {"pairing_id", "period_number"}))
public class SessionRecord {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "pairing_id", nullable = false)
  private Pairing pairing;

  @Column(name = "period_number", nullable = false)
  private int periodNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private SessionStatus status;

  @Column(name = "held_on")
  private LocalDate heldOn;

  @Column(name = "duration_minutes")
  private Integer durationMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "format")
  private MeetingFormat format;

  @Column(name = "logged_by")
  private String loggedBy;

  @Column(name = "logged_at", nullable = false)
  private Instant loggedAt;

  /** For JPA only. */
  protected SessionRecord() {
  }

  private SessionRecord(Pairing pairing, int periodNumber, SessionStatus status, LocalDate heldOn,
      Integer durationMinutes, MeetingFormat format, String loggedBy, Instant loggedAt) {
    if (periodNumber < 1) {
      throw new IllegalArgumentException("periodNumber must be at least 1 but was " + periodNumber);
    }
    this.id = UUID.randomUUID().toString();
    this.pairing = Objects.requireNonNull(pairing, "pairing");
    this.periodNumber = periodNumber;
    this.status = status;
    this.heldOn = heldOn;
    this.durationMinutes = durationMinutes;
    this.format = format;
    this.loggedBy = loggedBy;
    this.loggedAt = Objects.requireNonNull(loggedAt, "loggedAt");
  }

  /** A session the pair held in the given period. */
  public static SessionRecord held(Pairing pairing, int periodNumber, LocalDate heldOn, Integer durationMinutes,
      MeetingFormat format, String loggedBy, Instant loggedAt) {
    return new SessionRecord(pairing, periodNumber, SessionStatus.HELD, Objects.requireNonNull(heldOn, "heldOn"),
        durationMinutes, format, loggedBy, loggedAt);
  }

  /** A period that ended without a session (noticed by the period timer or reported by the pair). */
  public static SessionRecord missed(Pairing pairing, int periodNumber, Instant at) {
    return new SessionRecord(pairing, periodNumber, SessionStatus.MISSED, null, null, null, null, at);
  }

  public String getId() {
    return id;
  }

  public Pairing getPairing() {
    return pairing;
  }

  public int getPeriodNumber() {
    return periodNumber;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public MeetingFormat getFormat() {
    return format;
  }

  public String getLoggedBy() {
    return loggedBy;
  }

  public Instant getLoggedAt() {
    return loggedAt;
  }
}
