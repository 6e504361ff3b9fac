package org.flipside.internal.host;

import java.time.Instant;
import java.util.Objects;

/**
 * An event Flipside invites employees to, such as a kick-off workshop.
 *
 * @param uid stays the same for the event however often it is sent or changed, so a later invite
 *     replaces the earlier one in the attendee's calendar; the id of the row the event comes from
 * @param summary the title
 * @param description what the event is about
 * @param start when it starts
 * @param end when it ends, after the start
 * @param location where it takes place, such as {@code Online}
 * @param organizerId the employee id of whoever runs it
 */
public record CalendarEvent(
    String uid, String summary, String description, Instant start, Instant end, String location, String organizerId) {

  /** Checks every field is there and the event ends after it starts. */
  public CalendarEvent {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(organizerId, "organizerId");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start (" + start + ") but was " + end);
    }
  }
}
