package org.flipside.api;

import java.time.Instant;
import java.util.List;

/**
 * Who came to one event, for the programme's participation figures.
 *
 * @param eventId the event
 * @param kind what sort of event it was
 * @param title its title
 * @param start when it started
 * @param invited how many participants it invited
 * @param attendedIds the employee ids of the participants recorded as present; empty before the register is taken
 * @param recorded whether the register has been taken
 * @since 1.1
 */
public record EventAttendance(String eventId, EventKind kind, String title, Instant start, int invited,
    List<String> attendedIds, boolean recorded) {

  /** How many participants came. */
  public int attended() {
    return attendedIds.size();
  }
}
