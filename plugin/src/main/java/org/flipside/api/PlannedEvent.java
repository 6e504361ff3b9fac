package org.flipside.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event of a programme as it stands: planned by the programme team, or a kick-off workshop or knowledge session
 * the programme's process planned.
 *
 * @param id the event's id, which is also the {@code UID} of its calendar invites
 * @param programmeId the programme it belongs to
 * @param kind what sort of event it is
 * @param title its title
 * @param start when it starts
 * @param end when it ends
 * @param place a room or a meeting link
 * @param facilitatorIds the employees who run it
 * @param guests its speakers from outside the directory
 * @param agenda what it covers
 * @param audience whom it invites
 * @param attendeeIds the employee ids of the participants it invites
 * @param sequence its revision, the {@code SEQUENCE} of its latest invites: 0 as planned, one more for each move
 *     and for its cancellation
 * @param cancelledAt when it was cancelled, or {@code null} while it stands
 * @since 1.1
 */
public record PlannedEvent(String id, String programmeId, EventKind kind, String title, Instant start, Instant end,
    String place, List<String> facilitatorIds, List<EventGuest> guests, String agenda, EventAudience audience,
    List<String> attendeeIds, int sequence, @Nullable Instant cancelledAt) {}
