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

/**
 * A partner's "this pairing isn't working". The note is for the programme manager alone and only until they have
 * decided: deciding erases it, keeping who asked, when, and the decision.
 */
@Entity
@Table(name = "fs_support_request")
public class SupportRequest {

  /** Longest note a partner may leave. */
  public static final int MAX_NOTE_LENGTH = 500;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "pairing_id", nullable = false)
  private Pairing pairing;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "note", length = MAX_NOTE_LENGTH)
  private String note;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision")
  private SupportDecision decision;

  /** For JPA only. */
  protected SupportRequest() {
  }

  /**
   * A partner asks for support.
   *
   * @param note for the programme manager; null or blank when the partner wrote none
   * @throws IllegalArgumentException when the requester is not a partner in the pairing or the note is too long
   */
  public SupportRequest(Pairing pairing, String requestedBy, Instant requestedAt, String note) {
    this.id = UUID.randomUUID().toString();
    this.note = PartnerNote.of(pairing, requestedBy, note, MAX_NOTE_LENGTH);
    this.pairing = pairing;
    this.requestedBy = requestedBy;
    this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
  }

  /**
   * Records the programme manager's decision and erases the note, which is no longer needed.
   *
   * @throws IllegalStateException when the request was decided already
   */
  public void decide(SupportDecision decision, Instant at) {
    if (this.decision != null) {
      throw new IllegalStateException("support request " + id + " was decided already");
    }
    this.decision = Objects.requireNonNull(decision, "decision");
    this.decidedAt = Objects.requireNonNull(at, "at");
    this.note = null;
  }

  /**
   * The conversation ended without a decision, as when the pairing ended first: the note was for that conversation
   * alone and is no longer needed. A decided request has no note left, so this changes nothing then.
   */
  public void eraseNote() {
    this.note = null;
  }

  /** The partner who did not ask: the one who must not learn of the request. */
  public Participant otherPartner() {
    return pairing.getMentor().getEmployeeId().equals(requestedBy) ? pairing.getMentee() : pairing.getMentor();
  }

  public String getId() {
    return id;
  }

  public Pairing getPairing() {
    return pairing;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  /** The note, or null when the partner wrote none or the manager has decided. */
  public String getNote() {
    return note;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public SupportDecision getDecision() {
    return decision;
  }
}
