package org.flipside.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A planned event for a cohort: a kick-off workshop or knowledge session the process schedules, or an event the
 * programme team plans (coaching, feedback sessions, a presentation), with its place, agenda, audience,
 * facilitators, external speakers and attendance register. Each change to its time or place, and its
 * cancellation, raises the iCalendar {@code SEQUENCE} its invites carry, so calendars replace the earlier entry.
 */
@Entity
@Table(name = "fs_workshop")
public class Workshop {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private WorkshopKind kind;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(name = "place", nullable = false, length = 1000)
  private String place;

  @Column(name = "agenda", nullable = false, length = 4000)
  private String agenda;

  @Enumerated(EnumType.STRING)
  @Column(name = "audience", nullable = false, length = 20)
  private EventAudience audience;

  @Column(name = "invite_sequence", nullable = false)
  private int inviteSequence;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @ElementCollection
  @CollectionTable(name = "fs_workshop_facilitator", joinColumns = @JoinColumn(name = "workshop_id"))
  @OrderColumn(name = "position")
  @Column(name = "employee_id", nullable = false)
  private List<String> facilitatorIds = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "fs_workshop_speaker", joinColumns = @JoinColumn(name = "workshop_id"))
  @OrderColumn(name = "position")
  private List<ExternalSpeaker> speakers = new ArrayList<>();

  @ManyToMany
  @JoinTable(name = "fs_workshop_invitee", joinColumns = @JoinColumn(name = "workshop_id"),
      inverseJoinColumns = @JoinColumn(name = "participant_id"))
  private List<Participant> namedInvitees = new ArrayList<>();

  @OneToMany(mappedBy = "workshop", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("recordedAt ASC, id ASC")
  private List<WorkshopAttendance> attendances = new ArrayList<>();

  /** For JPA only. */
  protected Workshop() {
  }

  /** Plans an event; its facilitators, speakers and named invitees are set apart. */
  public Workshop(Cohort cohort, WorkshopKind kind, String title, Instant scheduledAt, int durationMinutes,
      EventAudience audience, String place, String agenda) {
    if (durationMinutes < 1) {
      throw new IllegalArgumentException("durationMinutes must be positive but was " + durationMinutes);
    }
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.title = Objects.requireNonNull(title, "title");
    this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt");
    this.durationMinutes = durationMinutes;
    this.audience = Objects.requireNonNull(audience, "audience");
    this.place = Objects.requireNonNull(place, "place");
    this.agenda = Objects.requireNonNull(agenda, "agenda");
  }

  /** Who runs the event, as employee ids from the directory. */
  public void setFacilitatorIds(List<String> employeeIds) {
    facilitatorIds.clear();
    facilitatorIds.addAll(employeeIds);
  }

  /** The speakers from outside the directory. */
  public void setSpeakers(List<ExternalSpeaker> externalSpeakers) {
    speakers.clear();
    speakers.addAll(externalSpeakers);
  }

  /** The participants invited when the audience is {@link EventAudience#NAMED}. */
  public void setNamedInvitees(List<Participant> participants) {
    namedInvitees.clear();
    namedInvitees.addAll(participants);
  }

  /** Moves the event to a new time and place; its invites go out again with the next sequence number. */
  public void move(Instant newStart, int newDurationMinutes, String newPlace) {
    requireNotCancelled();
    if (newDurationMinutes < 1) {
      throw new IllegalArgumentException("durationMinutes must be positive but was " + newDurationMinutes);
    }
    this.scheduledAt = Objects.requireNonNull(newStart, "newStart");
    this.durationMinutes = newDurationMinutes;
    this.place = Objects.requireNonNull(newPlace, "newPlace");
    inviteSequence++;
  }

  /** Cancels the event; the cancellation goes out with the next sequence number. */
  public void cancel(Instant at) {
    requireNotCancelled();
    this.cancelledAt = Objects.requireNonNull(at, "at");
    inviteSequence++;
  }

  private void requireNotCancelled() {
    if (cancelledAt != null) {
      throw new IllegalStateException("event " + id + " was cancelled at " + cancelledAt);
    }
  }

  /**
   * Records whether a participant attended. A second call for the same participant corrects the earlier
   * record in place, so the register holds one row per participant.
   */
  public WorkshopAttendance recordAttendance(Participant participant, boolean attended, Instant at) {
    Objects.requireNonNull(participant, "participant");
    for (WorkshopAttendance attendance : attendances) {
      if (attendance.getParticipant().getId().equals(participant.getId())) {
        attendance.correct(attended, at);
        return attendance;
      }
    }
    WorkshopAttendance attendance = new WorkshopAttendance(this, participant, attended, at);
    attendances.add(attendance);
    return attendance;
  }

  public String getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public WorkshopKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  /** When the event ends. */
  public Instant getEndsAt() {
    return scheduledAt.plusSeconds(60L * durationMinutes);
  }

  public String getPlace() {
    return place;
  }

  public String getAgenda() {
    return agenda;
  }

  public EventAudience getAudience() {
    return audience;
  }

  /** The iCalendar {@code SEQUENCE} of the event's latest invites: 0 as planned, one more for each change. */
  public int getInviteSequence() {
    return inviteSequence;
  }

  /** When the event was cancelled, or {@code null} while it stands. */
  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public boolean isCancelled() {
    return cancelledAt != null;
  }

  public List<String> getFacilitatorIds() {
    return Collections.unmodifiableList(facilitatorIds);
  }

  public List<ExternalSpeaker> getSpeakers() {
    return Collections.unmodifiableList(speakers);
  }

  public List<Participant> getNamedInvitees() {
    return Collections.unmodifiableList(namedInvitees);
  }

  /** The register, read-only; change it through {@link #recordAttendance}. */
  public List<WorkshopAttendance> getAttendances() {
    return Collections.unmodifiableList(attendances);
  }
}
