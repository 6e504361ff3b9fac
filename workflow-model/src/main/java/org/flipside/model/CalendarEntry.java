package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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

  protected CalendarEntry() {
  }

  /** An entry for an event that ends after it starts. */
  public CalendarEntry(String eventUid, Instant startsAt, Instant endsAt, String location, String iCalendar) {
    this.eventUid = Objects.requireNonNull(eventUid, "eventUid");
    this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
    this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("endsAt must be after startsAt (" + startsAt + ") but was " + endsAt);
    }
    this.location = Objects.requireNonNull(location, "location");
    this.iCalendar = Objects.requireNonNull(iCalendar, "iCalendar");
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
}
