package org.flipside.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A mentor and a mentee matched within a cohort. Status moves only along
 * PROPOSED → ACTIVE | REJECTED | DISCARDED and ACTIVE → COMPLETED | ENDED_EARLY; any other move throws
 * {@link IllegalStateException}.
 */
@Entity
@Table(name = "fs_pairing")
public class Pairing {

  /** Longest rationale the column holds. */
  public static final int MAX_RATIONALE_LENGTH = 1000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mentor_id", nullable = false)
  private Participant mentor;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mentee_id", nullable = false)
  private Participant mentee;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private PairingStatus status;

  @Column(name = "score", nullable = false)
  private double score;

  @Column(name = "rationale", length = MAX_RATIONALE_LENGTH)
  private String rationale;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason", length = 1000)
  private String endReason;

  @ElementCollection
  @CollectionTable(name = "fs_pairing_reason", joinColumns = @JoinColumn(name = "pairing_id"))
  @OrderColumn(name = "position")
  private List<PairingReason> reasons = new ArrayList<>();

  @Version
  @Column(name = "version")
  private Long version;

  /** For JPA only. */
  protected Pairing() {
  }

  /** Proposes a pair without reasons. */
  public Pairing(Cohort cohort, Participant mentor, Participant mentee, double score, String rationale,
      Instant proposedAt) {
    this(cohort, mentor, mentee, score, rationale, List.of(), proposedAt);
  }

  /**
   * Proposes a pair with the soft rules that made it; a rationale longer than the column is cut rather than failing
   * the whole proposal.
   */
  public Pairing(Cohort cohort, Participant mentor, Participant mentee, double score, String rationale,
      List<PairingReason> reasons, Instant proposedAt) {
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.mentor = Objects.requireNonNull(mentor, "mentor");
    this.mentee = Objects.requireNonNull(mentee, "mentee");
    this.score = score;
    this.rationale = rationale == null || rationale.length() <= MAX_RATIONALE_LENGTH
        ? rationale : rationale.substring(0, MAX_RATIONALE_LENGTH);
    this.reasons = new ArrayList<>(reasons);
    this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
    this.status = PairingStatus.PROPOSED;
  }

  /** Makes a proposed pair live. */
  public void publish(Instant at) {
    move(PairingStatus.PROPOSED, PairingStatus.ACTIVE);
    this.publishedAt = Objects.requireNonNull(at, "at");
  }

  /** The programme manager turned this pair down. */
  public void reject() {
    move(PairingStatus.PROPOSED, PairingStatus.REJECTED);
  }

  /** The whole proposal was thrown away before publication. */
  public void discard() {
    move(PairingStatus.PROPOSED, PairingStatus.DISCARDED);
  }

  /** The pair finished all its planned session periods. */
  public void complete(Instant at) {
    move(PairingStatus.ACTIVE, PairingStatus.COMPLETED);
    this.endedAt = Objects.requireNonNull(at, "at");
  }

  /** The pair agreed to stop before the planned end. */
  public void endEarly(Instant at, String reason) {
    move(PairingStatus.ACTIVE, PairingStatus.ENDED_EARLY);
    this.endedAt = Objects.requireNonNull(at, "at");
    this.endReason = reason;
  }

  private void move(PairingStatus required, PairingStatus target) {
    if (status != required) {
      throw new IllegalStateException(
          "Pairing " + id + " cannot move from " + status + " to " + target + " (only from " + required + ")");
    }
    status = target;
  }

  /** The side the employee takes in this pair, or empty when they are not one of its partners. */
  public Optional<ParticipantRole> roleOf(String employeeId) {
    if (mentor.getEmployeeId().equals(employeeId)) {
      return Optional.of(ParticipantRole.MENTOR);
    }
    return mentee.getEmployeeId().equals(employeeId) ? Optional.of(ParticipantRole.MENTEE) : Optional.empty();
  }

  /** The partner on the given side. */
  public Participant partner(ParticipantRole role) {
    return role == ParticipantRole.MENTOR ? mentor : mentee;
  }

  public String getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public Participant getMentor() {
    return mentor;
  }

  public Participant getMentee() {
    return mentee;
  }

  /** The soft rules that made this pair, in rule order. */
  public List<PairingReason> getReasons() {
    return Collections.unmodifiableList(reasons);
  }

  public PairingStatus getStatus() {
    return status;
  }

  public double getScore() {
    return score;
  }

  public String getRationale() {
    return rationale;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndReason() {
    return endReason;
  }

  public Long getVersion() {
    return version;
  }
}
