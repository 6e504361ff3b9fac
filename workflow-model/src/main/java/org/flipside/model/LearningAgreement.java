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
 * One version of the ground rules a pair agrees on: confidentiality, boundaries, how and how often they meet.
 * A change produces a new version; once both partners confirm it, it supersedes the earlier one, so the history
 * stays visible. A change a partner declines stays in the history as declined.
 */
@Entity
@Table(name = "fs_learning_agreement",
    uniqueConstraints = @UniqueConstraint(columnNames = {"pairing_id", "agreement_version"}))
public class LearningAgreement {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "pairing_id", nullable = false)
  private Pairing pairing;

  @Column(name = "agreement_version", nullable = false)
  private int agreementVersion;

  @Column(name = "confidentiality_agreed", nullable = false)
  private boolean confidentialityAgreed;

  @Column(name = "boundaries", length = 4000)
  private String boundaries;

  @Enumerated(EnumType.STRING)
  @Column(name = "meeting_format")
  private MeetingFormat meetingFormat;

  @Column(name = "frequency")
  private String frequency;

  @Enumerated(EnumType.STRING)
  @Column(name = "arranger")
  private ParticipantRole arranger;

  @Column(name = "protected_time", nullable = false)
  private boolean protectedTime;

  @Column(name = "drafted_by", nullable = false)
  private String draftedBy;

  @Column(name = "drafted_at", nullable = false)
  private Instant draftedAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "mentor_confirmed_at")
  private Instant mentorConfirmedAt;

  @Column(name = "mentee_confirmed_at")
  private Instant menteeConfirmedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private AgreementStatus status;

  @Column(name = "requested_changes", length = 4000)
  private String requestedChanges;

  /** For JPA only. */
  protected LearningAgreement() {
  }

  /** Drafts a version of the agreement; a null meeting format means a mix of formats. */
  public LearningAgreement(Pairing pairing, int agreementVersion, boolean confidentialityAgreed, String boundaries,
      MeetingFormat meetingFormat, String frequency, ParticipantRole arranger, boolean protectedTime,
      String draftedBy, Instant draftedAt) {
    if (agreementVersion < 1) {
      throw new IllegalArgumentException("agreementVersion must be at least 1 but was " + agreementVersion);
    }
    this.id = UUID.randomUUID().toString();
    this.pairing = Objects.requireNonNull(pairing, "pairing");
    this.agreementVersion = agreementVersion;
    this.confidentialityAgreed = confidentialityAgreed;
    this.boundaries = boundaries;
    this.meetingFormat = meetingFormat;
    this.frequency = frequency;
    this.arranger = arranger;
    this.protectedTime = protectedTime;
    this.draftedBy = Objects.requireNonNull(draftedBy, "draftedBy");
    this.draftedAt = Objects.requireNonNull(draftedAt, "draftedAt");
    this.status = AgreementStatus.DRAFT;
  }

  /**
   * One partner agrees this version; once both have, it is confirmed.
   *
   * @return whether the version is now confirmed by both
   */
  public boolean confirmBy(ParticipantRole partner, Instant at) {
    if (!isDraft()) {
      throw new IllegalStateException("Learning agreement cannot be confirmed once " + status);
    }
    Objects.requireNonNull(at, "at");
    if (Objects.requireNonNull(partner, "partner") == ParticipantRole.MENTOR) {
      mentorConfirmedAt = at;
    } else {
      menteeConfirmedAt = at;
    }
    if (mentorConfirmedAt != null && menteeConfirmedAt != null) {
      status = AgreementStatus.CONFIRMED;
      confirmedAt = at;
    }
    return status == AgreementStatus.CONFIRMED;
  }

  /** A partner did not agree this proposed change: the version confirmed before it stays. */
  public void decline() {
    if (!isDraft()) {
      throw new IllegalStateException("Learning agreement cannot move from " + status + " to DECLINED");
    }
    status = AgreementStatus.DECLINED;
  }

  /** A newer version replaces this one. */
  public void supersede() {
    if (status == AgreementStatus.SUPERSEDED) {
      throw new IllegalStateException("Learning agreement cannot move from SUPERSEDED to SUPERSEDED");
    }
    status = AgreementStatus.SUPERSEDED;
  }

  public String getId() {
    return id;
  }

  public Pairing getPairing() {
    return pairing;
  }

  public int getAgreementVersion() {
    return agreementVersion;
  }

  public boolean isConfidentialityAgreed() {
    return confidentialityAgreed;
  }

  public String getBoundaries() {
    return boundaries;
  }

  public MeetingFormat getMeetingFormat() {
    return meetingFormat;
  }

  public String getFrequency() {
    return frequency;
  }

  public ParticipantRole getArranger() {
    return arranger;
  }

  public boolean isProtectedTime() {
    return protectedTime;
  }

  public String getDraftedBy() {
    return draftedBy;
  }

  public Instant getDraftedAt() {
    return draftedAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getMentorConfirmedAt() {
    return mentorConfirmedAt;
  }

  public Instant getMenteeConfirmedAt() {
    return menteeConfirmedAt;
  }

  public AgreementStatus getStatus() {
    return status;
  }

  /** Whether this version still waits for confirmation: a first draft or a proposed change. */
  public boolean isDraft() {
    return status == AgreementStatus.DRAFT;
  }

  /** What the confirming partner asked to change in this version, or {@code null}. */
  public String getRequestedChanges() {
    return requestedChanges;
  }

  public void setRequestedChanges(String requestedChanges) {
    this.requestedChanges = requestedChanges;
  }
}
