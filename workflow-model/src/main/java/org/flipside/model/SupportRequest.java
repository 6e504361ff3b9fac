package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A partner's "this pairing isn't working". The note is for the programme manager alone and only until they have
 * decided: deciding erases it, keeping who asked, when, and the decision.
 */
@Entity
@Table(name = "fs_support_request")
public class SupportRequest extends PartnerRequest {

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
    super(pairing, requestedBy, requestedAt, note);
  }

  /**
   * Records the programme manager's decision and erases the note, which is no longer needed.
   *
   * @throws IllegalStateException when the request was decided already
   */
  public void decide(SupportDecision decision, Instant at) {
    if (this.decision != null) {
      throw new IllegalStateException("support request " + getId() + " was decided already");
    }
    this.decision = Objects.requireNonNull(decision, "decision");
    this.decidedAt = Objects.requireNonNull(at, "at");
    eraseNote();
  }

  /** The partner who did not ask: the one who must not learn of the request. */
  public Participant otherPartner() {
    Pairing pairing = getPairing();
    return pairing.getMentor().getEmployeeId().equals(getRequestedBy()) ? pairing.getMentee() : pairing.getMentor();
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public SupportDecision getDecision() {
    return decision;
  }
}
