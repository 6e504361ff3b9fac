package org.flipside.api;

import java.time.Instant;
import java.util.List;

/**
 * What the programme team plans an event with. {@link ProgrammeEvents#plan} checks every field and names each one
 * that is wrong.
 *
 * @param kind what sort of event it is
 * @param title the event's title, as invites show it; at most {@link ProgrammeEvents#MAX_TITLE_LENGTH} characters
 * @param start when it starts, in the future
 * @param end when it ends, after the start
 * @param place a room or a meeting link; at most {@link ProgrammeEvents#MAX_PLACE_LENGTH} characters
 * @param facilitatorIds the employees who run it, from the directory; may be empty
 * @param guests speakers and trainers from outside the directory; may be empty
 * @param agenda what it covers, shown in the message and the invite; may be empty, at most
 *     {@link ProgrammeEvents#MAX_AGENDA_LENGTH} characters
 * @param audience whom it invites
 * @param namedAttendeeIds with {@link EventAudience#NAMED}, the employee ids of the participants it invites; empty
 *     otherwise
 * @since 1.1
 */
public record EventPlan(EventKind kind, String title, Instant start, Instant end, String place,
    List<String> facilitatorIds, List<EventGuest> guests, String agenda, EventAudience audience,
    List<String> namedAttendeeIds) {}
