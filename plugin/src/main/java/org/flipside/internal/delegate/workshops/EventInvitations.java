package org.flipside.internal.delegate.workshops;

import org.flipside.spi.NotificationTopic;
import org.flipside.spi.NotificationParameter;
import org.flipside.internal.notification.Message;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.host.CalendarEvent;
import org.flipside.internal.notification.HostText;
import org.flipside.internal.notification.Wording;
import org.flipside.model.Participant;
import org.flipside.model.Workshop;

/**
 * Tells a planned event's invitees and facilitators of it, of its move or of its cancellation: a message and a
 * calendar invite each. Every invite names every attendee and carries the event's current sequence, so a move
 * replaces the entry in calendars and a cancellation removes it. The process's workshops and the events the
 * programme team plans are sent the same way, here.
 */
public final class EventInvitations {

  private EventInvitations() {}

  /** Invites everyone to a newly planned event. */
  public static void invite(DelegateContext context, Workshop event) {
    send(context, event, NotificationTopic.WORKSHOP_INVITATION);
  }

  /** Sends everyone the event's new time and place, replacing the invite in their calendars. */
  public static void moved(DelegateContext context, Workshop event) {
    send(context, event, NotificationTopic.EVENT_MOVED);
  }

  /** Tells everyone the event is cancelled and removes it from their calendars. */
  public static void cancelled(DelegateContext context, Workshop event) {
    Set<String> recipients = recipients(context, event);
    for (String recipient : recipients) {
      context.notifications().send(recipient, Message.of(NotificationTopic.EVENT_CANCELLED)
          .with(NotificationParameter.PROGRAMME, event.getCohort().getProgramme().getId())
          .with(NotificationParameter.WORKSHOP, kind(event)).with(NotificationParameter.STARTS_AT,
              event.getScheduledAt()));
    }
    context.notifications().cancel(recipients, NotificationTopics.EVENT_CANCELLED,
        calendarEvent(context, event, recipients));
  }

  private static void send(DelegateContext context, Workshop event, NotificationTopic topic) {
    Set<String> recipients = recipients(context, event);
    for (String recipient : recipients) {
      context.notifications().send(recipient, Message.of(topic)
          .with(NotificationParameter.PROGRAMME, event.getCohort().getProgramme().getId())
          .with(NotificationParameter.WORKSHOP, kind(event))
          .with(NotificationParameter.STARTS_AT, event.getScheduledAt())
          .with(NotificationParameter.MINUTES, event.getDurationMinutes())
          .with(NotificationParameter.PLACE, event.getPlace()));
    }
    context.notifications().invite(recipients, topic.topic(), calendarEvent(context, event, recipients));
  }

  /** The event's kind as the messages' {@code workshop} parameter names it. */
  private static String kind(Workshop event) {
    return event.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The employees told of the event: its invitees, then its facilitators. */
  private static Set<String> recipients(DelegateContext context, Workshop event) {
    Set<String> recipients = new LinkedHashSet<>(attendees(context, event));
    recipients.addAll(event.getFacilitatorIds());
    return recipients;
  }

  private static List<String> attendees(DelegateContext context, Workshop event) {
    return EventInvitees.of(context, event).stream().map(Participant::getEmployeeId).toList();
  }

  private static CalendarEvent calendarEvent(DelegateContext context, Workshop event, Set<String> recipients) {
    String programme = event.getCohort().getProgramme().getName();
    List<String> attendees = recipients.stream().filter(id -> !event.getFacilitatorIds().contains(id)).toList();
    // the event's own title, agenda and place: as its planner wrote them, or Flipside's in each invitee's language
    Wording description = event.getAgenda().isEmpty() ? Wording.asWritten(programme)
        : HostText.EVENT_DESCRIPTION.with(Map.of("programme", programme, "agenda", EventTexts.agenda(event)));
    return new CalendarEvent(event.getId(), event.getInviteSequence(), EventTexts.title(event), description,
        event.getScheduledAt(), event.getEndsAt(), EventTexts.place(event),
        context.organiserOf(event.getCohort().getProgramme()), attendees, event.getFacilitatorIds(),
        event.getSpeakers());
  }
}
