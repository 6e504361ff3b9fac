package org.flipside.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An invitation to an event in one employee's calendar, or its cancellation: an iCalendar object (RFC 5545) with
 * an iTIP method (RFC 5546) for the host to put in the employee's calendar or send to them, with the event's main
 * details so the host can show it without parsing the iCalendar text.
 *
 * <p>The iCalendar text holds one {@code VEVENT} with {@code UID}, {@code SEQUENCE}, {@code DTSTAMP},
 * {@code DTSTART} and {@code DTEND} in UTC, {@code SUMMARY}, {@code DESCRIPTION}, {@code LOCATION},
 * {@code ORGANIZER} and every {@code ATTENDEE} (since 1.1; before, the recipient alone). Flipside does not know
 * A recurring event, such as a pair's protected time, adds an {@code RRULE}; a cancellation is a
 * {@code METHOD:CANCEL} object with the same {@code UID}, a higher {@code SEQUENCE} and {@code STATUS:CANCELLED}.
 * Flipside does not know employees' e-mail addresses, so organizer and employees are addressed as
 * {@code urn:flipside:employee:<employee id>}; a host that sends invites by e-mail puts the
 * employees' addresses in their place. Guests from outside the directory, such as external speakers, are addressed
 * by {@code mailto:}. When an event moves, each recipient gets a {@link Method#REQUEST} with the same
 * {@code eventUid} and a higher {@code sequence}, which replaces the earlier entry; when it is cancelled, a
 * {@link Method#CANCEL}.
 *
 * @param id a unique id for this delivery: Flipside retries an invite the host did not accept, and
 *     sends one again, with the same id, that the host took just before Flipside stopped or failed to
 *     record it (at most a few at a time), so a host can use the id to ignore a second copy
 * @param recipientId the employee id of the attendee
 * @param eventUid the event's {@code UID}, the same in every invite to the event and in any later
 *     update of it, so that an update replaces the earlier entry in the calendar
 * @param summary the event's title
 * @param start when the event starts
 * @param end when the event ends
 * @param location where the event takes place, such as {@code Online}
 * @param iCalendar the invite as an RFC 5545 {@code text/calendar} object with the invite's {@code method}
 * @param method whether the invite adds or updates the event, or cancels it
 * @param sequence the event's revision, its iCalendar {@code SEQUENCE}: 0 as first sent, higher after each change
 * @since 1.0; {@code method} and {@code sequence} since 1.1
 */
public record CalendarInvite(
    String id,
    String recipientId,
    String eventUid,
    String summary,
    Instant start,
    Instant end,
    String location,
    String iCalendar,
    Method method,
    int sequence) {

  /**
   * What an invite asks of the calendar, as its iCalendar {@code METHOD} says.
   *
   * @since 1.1
   */
  public enum Method {
    /** Add the event, or replace an earlier revision of it with the same {@code eventUid}. */
    REQUEST,
    /** Remove the event. */
    CANCEL
  }

  /**
   * A first request for an event, revision 0.
   *
   * @since 1.0
   */
  public CalendarInvite(String id, String recipientId, String eventUid, String summary, Instant start, Instant end,
      String location, String iCalendar) {
    this(id, recipientId, eventUid, summary, start, end, location, iCalendar, Method.REQUEST, 0);
  }

  /** Checks that every field is present. */
  public CalendarInvite {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipientId, "recipientId");
    Objects.requireNonNull(eventUid, "eventUid");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(iCalendar, "iCalendar");
    Objects.requireNonNull(method, "method");
  }
}
