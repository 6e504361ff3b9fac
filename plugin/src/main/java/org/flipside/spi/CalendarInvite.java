package org.flipside.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An invitation to an event in one employee's calendar: an iCalendar {@code REQUEST} (RFC 5545)
 * for the host to put in the employee's calendar or send to them, with the event's main details so
 * the host can show it without parsing the iCalendar text.
 *
 * <p>The iCalendar text holds one {@code VEVENT} with {@code UID}, {@code DTSTAMP},
 * {@code DTSTART} and {@code DTEND} in UTC, {@code SUMMARY}, {@code DESCRIPTION}, {@code LOCATION},
 * {@code ORGANIZER} and the recipient as its one {@code ATTENDEE}. A recurring event, such as a
 * pair's protected time, adds an {@code RRULE} and a {@code SEQUENCE}; when Flipside calls such an
 * event off, the text is a {@code METHOD:CANCEL} object with the same {@code UID}, a higher
 * {@code SEQUENCE} and {@code STATUS:CANCELLED}, which the host applies to the calendar entry. Flipside does not know
 * employees' e-mail addresses, so organizer and attendee are addressed as
 * {@code urn:flipside:employee:<employee id>}; a host that sends invites by e-mail puts the
 * employees' addresses in their place.
 *
 * @param id a unique id for this delivery: Flipside retries an invite the host did not accept, and a
 *     host that may have accepted one without saying so can use the id to ignore a second copy
 * @param recipientId the employee id of the attendee
 * @param eventUid the event's {@code UID}, the same in every invite to the event and in any later
 *     update of it, so that an update replaces the earlier entry in the calendar
 * @param summary the event's title
 * @param start when the event starts
 * @param end when the event ends
 * @param location where the event takes place, such as {@code Online}
 * @param iCalendar the invite as an RFC 5545 {@code text/calendar; method=REQUEST} object
 * @since 1.0
 */
public record CalendarInvite(
    String id,
    String recipientId,
    String eventUid,
    String summary,
    Instant start,
    Instant end,
    String location,
    String iCalendar) {

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
  }
}
