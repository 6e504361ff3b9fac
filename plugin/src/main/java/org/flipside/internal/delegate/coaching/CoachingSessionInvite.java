package org.flipside.internal.delegate.coaching;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.host.CalendarEvent;
import org.flipside.internal.notification.HostText;
import org.flipside.model.CoachingRequest;
import org.flipside.model.ExternalSpeaker;
import org.flipside.model.Guest;
import org.flipside.model.Pairing;
import org.flipside.model.Programme;

/**
 * The calendar invite to a coaching session a coach arranged, for the coach and the partner who asked, each in their
 * own language, naming both: the other partner is not invited, and the invite says nothing of the partner's note.
 * A coach from the directory organises and chairs it; a guest coach, whom the directory cannot address, is named by
 * the e-mail address Flipside registered, and the partner who asked organises it. A session still to come is
 * cancelled in both calendars, once, when its pairing ends or its coach no longer holds the post.
 */
public final class CoachingSessionInvite {

  /** How long the session is held for in calendars: the form asks only when it starts. */
  static final Duration LENGTH = Duration.ofHours(1);

  private CoachingSessionInvite() {}

  /** Queues the invite to the request's arranged session, for the coach and the partner who asked. */
  static void send(DelegateContext context, CoachingRequest request) {
    context.notifications().invite(invitees(request), NotificationTopics.COACHING_ANSWERED, event(context, request, 0));
  }

  /** Cancels the pairing's sessions still to come: the pairing ended. */
  public static void pairingEnded(DelegateContext context, Pairing pairing) {
    context.data().coachingRequests().findSessionsToCome(pairing, context.now())
        .forEach(request -> cancel(context, request));
  }

  /** Cancels the programme's sessions still to come that a coach arranged who no longer holds the post. */
  public static void coachesChanged(DelegateContext context, Programme programme, Collection<String> coaches) {
    context.data().coachingRequests().findSessionsToCome(programme, context.now()).stream()
        .filter(request -> !coaches.contains(request.getAnsweredBy()))
        .forEach(request -> cancel(context, request));
  }

  private static void cancel(DelegateContext context, CoachingRequest request) {
    request.cancelSession(context.now());
    context.notifications().cancel(invitees(request), NotificationTopics.COACHING_ANSWERED,
        event(context, request, 1));
  }

  private static List<String> invitees(CoachingRequest request) {
    return List.of(request.getAnsweredBy(), request.getRequestedBy());
  }

  private static CalendarEvent event(DelegateContext context, CoachingRequest request, int sequence) {
    String coach = request.getAnsweredBy();
    String requester = request.getRequestedBy();
    boolean guest = Guest.isGuestId(coach);
    List<ExternalSpeaker> guests = guest ? guestCoach(context, coach) : List.of();
    return new CalendarEvent("flipside-coaching-" + request.getId(), sequence,
        HostText.COACHING_SESSION_SUMMARY.with(
            Map.of("programme", request.getPairing().getCohort().getProgramme().getName())),
        HostText.COACHING_SESSION_DESCRIPTION.alone(), request.getSessionAt(), request.getSessionAt().plus(LENGTH),
        HostText.MEETING_PLACE_UNAGREED.alone(), guest ? requester : coach, List.of(requester),
        guest ? List.of() : List.of(coach), guests);
  }

  /**
   * The guest coach as the invite names them; nobody once their registration was erased, so the partner's
   * cancellation still goes out and the pairing can end.
   */
  private static List<ExternalSpeaker> guestCoach(DelegateContext context, String coach) {
    return context.data().guests().find(coach)
        .map(registered -> List.of(new ExternalSpeaker(registered.getName(), registered.getEmail())))
        .orElse(List.of());
  }
}
