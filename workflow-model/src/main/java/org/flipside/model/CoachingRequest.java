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
 * A partner's request for coaching, which the programme's coaches take. The note is for the coaches alone and only
 * until one has answered: answering erases it, keeping who asked, when, who answered and how.
 */
@Entity
@Table(name = "fs_coaching_request")
public class CoachingRequest {

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

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private CoachingOutcome outcome;

  @Column(name = "session_at")
  private Instant sessionAt;

  /** For JPA only. */
  protected CoachingRequest() {
  }

  /**
   * A partner asks for coaching.
   *
   * @param note for the coaches; null or blank when the partner wrote none
   * @throws IllegalArgumentException when the requester is not a partner in the pairing or the note is too long
   */
  public CoachingRequest(Pairing pairing, String requestedBy, Instant requestedAt, String note) {
    this.id = UUID.randomUUID().toString();
    this.note = PartnerNote.of(pairing, requestedBy, note, MAX_NOTE_LENGTH);
    this.pairing = pairing;
    this.requestedBy = requestedBy;
    this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
  }

  /**
   * A coach arranged a coaching session: the note is erased, no longer needed.
   *
   * @throws IllegalStateException when the request was answered already
   */
  public void arrange(String coachId, Instant sessionAt, Instant at) {
    answer(coachId, CoachingOutcome.ARRANGED, at);
    this.sessionAt = Objects.requireNonNull(sessionAt, "sessionAt");
  }

  /**
   * A coach handed the request to the programme's manager: the note, for the coaches alone, is erased.
   *
   * @throws IllegalStateException when the request was answered already
   */
  public void refer(String coachId, Instant at) {
    answer(coachId, CoachingOutcome.REFERRED, at);
  }

  private void answer(String coachId, CoachingOutcome outcome, Instant at) {
    if (this.outcome != null) {
      throw new IllegalStateException("coaching request " + id + " was answered already");
    }
    this.answeredBy = Objects.requireNonNull(coachId, "coachId");
    this.outcome = outcome;
    this.answeredAt = Objects.requireNonNull(at, "at");
    this.note = null;
  }

  /**
   * The request ended unanswered, as when the pairing ended first: the note was for that request alone and is no
   * longer needed. An answered request has no note left, so this changes nothing then.
   */
  public void eraseNote() {
    this.note = null;
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

  /** The note, or null when the partner wrote none or a coach has answered. */
  public String getNote() {
    return note;
  }

  /** The coach who answered, or null while the request is open. */
  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  /** How the request was answered, or null while it is open. */
  public CoachingOutcome getOutcome() {
    return outcome;
  }

  /** When the arranged coaching session starts, or null unless one was arranged. */
  public Instant getSessionAt() {
    return sessionAt;
  }
}
