package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * What a calendar invite in the outbox carries besides its subject and text: the event it is for
 * and the iCalendar object built for it when it was queued.
 */
@Embeddable
public class CalendarEntry {

  @Column(name = "event_uid")
  private String eventUid;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Column(name = "location", length = 1000)
  private String location;

  @Column(name = "icalendar")
  private String iCalendar;

  // invites queued before events could move have neither: they were first requests
  @Enumerated(EnumType.STRING)
  @Column(name = "calendar_method", length = 10)
  private InviteMethod method;

  @Column(name = "calendar_sequence")
  private Integer sequence;

  protected CalendarEntry() {
  }

  /** A first request for an event that ends after it starts. */
  public CalendarEntry(String eventUid, Instant startsAt, Instant endsAt, String location, String iCalendar) {
    this(eventUid, startsAt, endsAt, location, iCalendar, InviteMethod.REQUEST, 0);
  }

  /** A request or cancellation of one revision of an event that ends after it starts. */
  public CalendarEntry(String eventUid, Instant startsAt, Instant endsAt, String location, String iCalendar,
      InviteMethod method, int sequence) {
    this.eventUid = Objects.requireNonNull(eventUid, "eventUid");
    this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
    this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("endsAt must be after startsAt (" + startsAt + ") but was " + endsAt);
    }
    this.location = Objects.requireNonNull(location, "location");
    this.iCalendar = Objects.requireNonNull(iCalendar, "iCalendar");
    this.method = Objects.requireNonNull(method, "method");
    this.sequence = sequence;
  }

  public String getEventUid() {
    return eventUid;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getLocation() {
    return location;
  }

  public String getICalendar() {
    return iCalendar;
  }

  /** Whether the invite requests or cancels the event. */
  public InviteMethod getMethod() {
    return method == null ? InviteMethod.REQUEST : method;
  }

  /** The revision of the event the invite carries, its iCalendar {@code SEQUENCE}. */
  public int getSequence() {
    return sequence == null ? 0 : sequence;
  }
}
