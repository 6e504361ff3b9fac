package org.flipside.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The events a programme runs for its cohort besides the pairs' sessions: kick-off workshops for mentors and for
 * mentees, knowledge sessions, coaching, feedback sessions and a presentation of what was learnt. The programme's
 * manager, HR admins and its liaison plan, move and cancel them and take their registers. Each invitee and facilitator gets a
 * message and a calendar invite naming every attendee; a move sends the invite again with the same {@code UID} and a
 * higher {@code SEQUENCE}, a cancellation sends {@code METHOD:CANCEL}. The kick-off workshops and knowledge sessions
 * the process plans are events here too.
 *
 * <p>Who may plan: the programme's manager, HR admins and anyone appointed the programme's
 * {@link DeliveryRole#LIAISON}, who arranges its workshops and meetings (a participant may be the liaison: the post
 * sees invitees and registers, never a pairing's sessions). Moving or cancelling a kick-off workshop moves the moment
 * the programme waits for before their registers open.
 *
 * @since 1.1
 */
@ProviderType
public interface ProgrammeEvents {

  /** Longest title an event may have. */
  int MAX_TITLE_LENGTH = 255;

  /** Longest place or link an event may have. */
  int MAX_PLACE_LENGTH = 1000;

  /** Longest agenda an event may have. */
  int MAX_AGENDA_LENGTH = 4000;

  /**
   * Plans an event for the programme's current cohort and invites its audience and facilitators.
   *
   * @param actor the programme's manager, an HR admin or its liaison
   * @param programmeId the programme
   * @param plan the event
   * @return the event as planned, revision 0
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor may not plan its events
   * @throws ValidationException naming each bad field: the programme has no cohort yet, a start in the past, an end
   *     not after the start, an unknown facilitator, a guest without a name or address, a named attendee who is not
   *     a participant; nothing is planned and nobody is told
   */
  PlannedEvent plan(Actor actor, String programmeId, EventPlan plan);

  /**
   * Moves an event to a new time, and place if given, and sends everyone the updated invite.
   *
   * @param actor the programme's manager, an HR admin or its liaison
   * @param eventId the event
   * @param start its new start, in the future
   * @param end its new end, after the start
   * @param place its new room or link, or {@code null} to keep the place
   * @return the event as moved, one revision on
   * @throws NotFoundException when there is no such event
   * @throws AccessDeniedException when the actor may not plan its programme's events
   * @throws ValidationException naming the bad field, or the event when it is cancelled; nothing changes
   */
  PlannedEvent move(Actor actor, String eventId, Instant start, Instant end, @Nullable String place);

  /**
   * Cancels an event and sends everyone the cancellation.
   *
   * @param actor the programme's manager, an HR admin or its liaison
   * @param eventId the event
   * @return the event as cancelled, one revision on
   * @throws NotFoundException when there is no such event
   * @throws AccessDeniedException when the actor may not plan its programme's events
   * @throws ValidationException when the event is already cancelled; nothing changes
   */
  PlannedEvent cancel(Actor actor, String eventId);

  /**
   * The programme's events in date order, cancelled ones too.
   *
   * @param actor the programme's manager, an HR admin or its liaison
   * @param programmeId the programme
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor may not plan its events
   */
  List<PlannedEvent> events(Actor actor, String programmeId);

  /**
   * Takes an event's register: the invitees named were there, the others were not. Taken again, it replaces the
   * earlier register.
   *
   * @param actor the programme's manager, an HR admin or its liaison
   * @param eventId the event
   * @param attendedIds the employee ids of the invitees who came
   * @return the event's attendance as recorded
   * @throws NotFoundException when there is no such event
   * @throws AccessDeniedException when the actor may not plan its programme's events
   * @throws ValidationException when someone named was not invited, or the event is cancelled; nothing is recorded
   */
  EventAttendance recordAttendance(Actor actor, String eventId, Set<String> attendedIds);

  /**
   * Who came to each of the programme's events that were not cancelled, in date order: the participation the
   * evaluation report states.
   *
   * @param actor the programme's manager, its sponsor, an HR admin
   * @param programmeId the programme
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor may not follow the programme
   */
  List<EventAttendance> attendance(Actor actor, String programmeId);
}
