package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a partner's request about their pairing holds, whoever takes it (the programme manager for support, a coach
 * for coaching): who asked, when, and a short note for whoever takes it alone, kept only until it is answered.
 */
@MappedSuperclass
public abstract class PartnerRequest {

  /** Longest note a partner may leave; the API offers it to hosts as {@code PairSupport.MAX_NOTE_LENGTH}. */
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

  /** For JPA only. */
  protected PartnerRequest() {
  }

  /**
   * A partner asks.
   *
   * @param note for whoever takes the request; null or blank when the partner wrote none
   * @throws IllegalArgumentException when the requester is not a partner in the pairing or the note is too long
   */
  protected PartnerRequest(Pairing pairing, String requestedBy, Instant requestedAt, String note) {
    this.id = UUID.randomUUID().toString();
    this.note = PartnerNote.of(pairing, requestedBy, note, MAX_NOTE_LENGTH);
    this.pairing = pairing;
    this.requestedBy = requestedBy;
    this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
  }

  /**
   * Erases the note, which was for this request alone: once it is answered, or when it ends unanswered, as when the
   * pairing ended first. Erasing it again changes nothing.
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

  /** The note, or null when the partner wrote none or it has been erased. */
  public String getNote() {
    return note;
  }
}
