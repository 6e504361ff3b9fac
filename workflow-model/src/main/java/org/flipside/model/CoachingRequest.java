package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A partner's request for coaching, which the programme's coaches take. The note is for the coaches alone and only
 * until one has answered: answering erases it, keeping who asked, when, who answered and how.
 */
@Entity
@Table(name = "fs_coaching_request")
public class CoachingRequest extends PartnerRequest {

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private CoachingOutcome outcome;

  @Column(name = "session_at")
  private Instant sessionAt;

  @Column(name = "session_cancelled_at")
  private Instant sessionCancelledAt;

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
    super(pairing, requestedBy, requestedAt, note);
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
      throw new IllegalStateException("coaching request " + getId() + " was answered already");
    }
    this.answeredBy = Objects.requireNonNull(coachId, "coachId");
    this.outcome = outcome;
    this.answeredAt = Objects.requireNonNull(at, "at");
    eraseNote();
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

  /** When the arranged session was cancelled, or null while it stands. */
  public Instant getSessionCancelledAt() {
    return sessionCancelledAt;
  }

  /**
   * The arranged session will not be held: its pairing ended or its coach left the post before it.
   *
   * @throws IllegalStateException when no session was arranged or it was cancelled already
   */
  public void cancelSession(Instant at) {
    if (sessionAt == null || sessionCancelledAt != null) {
      throw new IllegalStateException("coaching request " + getId() + " has no session to cancel");
    }
    this.sessionCancelledAt = Objects.requireNonNull(at, "at");
  }
}
