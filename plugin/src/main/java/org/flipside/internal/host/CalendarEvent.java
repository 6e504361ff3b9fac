package org.flipside.internal.host;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.flipside.internal.notification.Wording;
import org.flipside.model.ExternalSpeaker;

/**
 * An event Flipside invites employees to, such as a kick-off workshop, as its invites describe it.
 *
 * @param uid stays the same for the event however often it is sent or changed, so a later invite
 *     replaces the earlier one in the attendee's calendar; the id of the row the event comes from
 * @param sequence the event's revision: 0 as first sent, one more for each move or the cancellation
 * @param summary the title, written in each attendee's language
 * @param description what the event is about, written in each attendee's language
 * @param start when it starts
 * @param end when it ends, after the start
 * @param location where it takes place, such as {@code Online} or a meeting link
 * @param organizerId the employee id of whoever runs it
 * @param attendeeIds the employees invited, every one named in every invite
 * @param chairIds the employees who facilitate it, named as its chairs
 * @param guests the speakers from outside the directory, named by their e-mail address
 */
public record CalendarEvent(String uid, int sequence, Wording summary, Wording description, Instant start, Instant end,
    String location, String organizerId, List<String> attendeeIds, List<String> chairIds,
    List<ExternalSpeaker> guests) {

  /** The place of a meeting its people arrange between them, such as a pair's session or a coaching session. */
  public static final String PLACE_TO_AGREE = "Online or in person, as you agree";

  /** Checks every field is there and the event ends after it starts. */
  public CalendarEvent {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(organizerId, "organizerId");
    attendeeIds = List.copyOf(attendeeIds);
    chairIds = List.copyOf(chairIds);
    guests = List.copyOf(guests);
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative but was " + sequence);
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start (" + start + ") but was " + end);
    }
  }

  /** A first invite to an event among employees only. */
  public static CalendarEvent of(String uid, Wording summary, Wording description, Instant start, Instant end,
      String location, String organizerId, List<String> attendeeIds) {
    return new CalendarEvent(uid, 0, summary, description, start, end, location, organizerId, attendeeIds,
        List.of(), List.of());
  }
}
