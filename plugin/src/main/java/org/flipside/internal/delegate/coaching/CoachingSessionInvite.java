package org.flipside.internal.delegate.coaching;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.host.CalendarEvent;
import org.flipside.internal.notification.HostText;
import org.flipside.model.CoachingRequest;
import org.flipside.model.ExternalSpeaker;
import org.flipside.model.Guest;

/**
 * The calendar invite to a coaching session a coach arranged, for the coach and the partner who asked, each in their
 * own language, naming both: the other partner is not invited, and the invite says nothing of the partner's note.
 * A coach from the directory organises and chairs it; a guest coach, whom the directory cannot address, is named by
 * the e-mail address Flipside registered, and the partner who asked organises it.
 */
final class CoachingSessionInvite {

  /** How long the session is held for in calendars: the form asks only when it starts. */
  static final Duration LENGTH = Duration.ofHours(1);

  private CoachingSessionInvite() {}

  /** Queues the invite to the request's arranged session, for the coach and the partner who asked. */
  static void send(DelegateContext context, CoachingRequest request) {
    String coach = request.getAnsweredBy();
    String requester = request.getRequestedBy();
    boolean guest = Guest.isGuestId(coach);
    List<ExternalSpeaker> guests = guest ? List.of(guestCoach(context, coach)) : List.of();
    CalendarEvent event = new CalendarEvent("flipside-coaching-" + request.getId(), 0,
        HostText.COACHING_SESSION_SUMMARY.with(
            Map.of("programme", request.getPairing().getCohort().getProgramme().getName())),
        HostText.COACHING_SESSION_DESCRIPTION.alone(), request.getSessionAt(), request.getSessionAt().plus(LENGTH),
        HostText.MEETING_PLACE_UNAGREED.alone(), guest ? requester : coach, List.of(requester),
        guest ? List.of() : List.of(coach), guests);
    context.notifications().invite(List.of(coach, requester), NotificationTopics.COACHING_ANSWERED, event);
  }

  private static ExternalSpeaker guestCoach(DelegateContext context, String coach) {
    Guest registered = context.data().guests().find(coach)
        .orElseThrow(() -> new IllegalStateException("coach " + coach + " is no registered guest"));
    return new ExternalSpeaker(registered.getName(), registered.getEmail());
  }
}
