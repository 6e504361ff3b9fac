package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One round of a programme: recruitment, matching, sessions and evaluation. Number 1 is the pilot. */
@Entity
@Table(name = "fs_cohort")
public class Cohort {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @Column(name = "number", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private CohortStatus status;

  @Column(name = "application_deadline")
  private Instant applicationDeadline;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "applications_review_note", length = 4000)
  private String applicationsReviewNote;

  @Column(name = "matches_review_note", length = 4000)
  private String matchesReviewNote;

  /** The last match proposal's fairness across groups, aggregates only, as the review shows it. */
  @Column(name = "match_fairness", length = 4000)
  private String matchFairness;

  /**
   * How many of the current round's invitations are still open: to apply in an application round, then to answer
   * the baseline and the final survey (one round at a time, so one count serves them all). Set when a round opens
   * and counted down by {@code CohortRepository#closeInvitation} alone, in the database, so that concurrent answers
   * never lose a count.
   */
  @Column(name = "open_invitations", nullable = false)
  private int openInvitations;

  @Version
  @Column(name = "version")
  private Long version;

  /** For JPA only. */
  protected Cohort() {
  }

  /** Opens a cohort for recruitment. */
  public Cohort(Programme programme, int number, Instant applicationDeadline, Instant openedAt) {
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1 but was " + number);
    }
    this.id = UUID.randomUUID().toString();
    this.programme = Objects.requireNonNull(programme, "programme");
    this.number = number;
    this.applicationDeadline = applicationDeadline;
    this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    this.status = CohortStatus.RECRUITING;
  }

  /** Whether this is the first (pilot) cohort of its programme. */
  public boolean isPilot() {
    return number == 1;
  }

  public String getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public int getNumber() {
    return number;
  }

  public CohortStatus getStatus() {
    return status;
  }

  public void setStatus(CohortStatus status) {
    this.status = Objects.requireNonNull(status, "status");
  }

  public Instant getApplicationDeadline() {
    return applicationDeadline;
  }

  public void setApplicationDeadline(Instant applicationDeadline) {
    this.applicationDeadline = applicationDeadline;
  }

  /** Opens a round of that many invitations: to apply, or to answer a survey. */
  public void openInvitations(int invitations) {
    if (invitations < 0) {
      throw new IllegalArgumentException("invitations must not be negative but was " + invitations);
    }
    this.openInvitations = invitations;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Long getVersion() {
    return version;
  }

  /** The HR admin's note on the application review, or {@code null}. */
  public String getApplicationsReviewNote() {
    return applicationsReviewNote;
  }

  public void setApplicationsReviewNote(String applicationsReviewNote) {
    this.applicationsReviewNote = applicationsReviewNote;
  }

  /** The HR admin's note on the last match review, or {@code null}. */
  public String getMatchesReviewNote() {
    return matchesReviewNote;
  }

  public void setMatchesReviewNote(String matchesReviewNote) {
    this.matchesReviewNote = matchesReviewNote;
  }

  public String getMatchFairness() {
    return matchFairness;
  }

  public void setMatchFairness(String matchFairness) {
    this.matchFairness = matchFairness;
  }
}
