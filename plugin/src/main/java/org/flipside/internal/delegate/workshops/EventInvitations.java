package org.flipside.internal.delegate.workshops;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.host.CalendarEvent;
import org.flipside.model.Participant;
import org.flipside.model.Workshop;

/**
 * Tells a planned event's invitees and facilitators of it, of its move or of its cancellation: a message and a
 * calendar invite each. Every invite names every attendee and carries the event's current sequence, so a move
 * replaces the entry in calendars and a cancellation removes it. The process's workshops and the events the
 * programme team plans are sent the same way, here.
 */
public final class EventInvitations {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private EventInvitations() {}

  /** Invites everyone to a newly planned event. */
  public static void invite(DelegateContext context, Workshop event) {
    send(context, event, NotificationTopics.WORKSHOP_INVITATION, "You're invited");
  }

  /** Sends everyone the event's new time and place, replacing the invite in their calendars. */
  public static void moved(DelegateContext context, Workshop event) {
    send(context, event, NotificationTopics.EVENT_MOVED, "It has moved");
  }

  /** Tells everyone the event is cancelled and removes it from their calendars. */
  public static void cancelled(DelegateContext context, Workshop event) {
    Set<String> recipients = recipients(context, event);
    for (String recipient : recipients) {
      context.notifications().send(recipient, NotificationTopics.EVENT_CANCELLED, "Cancelled: " + event.getTitle(),
          event.getTitle() + " on " + WHEN.format(event.getScheduledAt()) + " is cancelled.");
    }
    context.notifications().cancel(recipients, NotificationTopics.EVENT_CANCELLED,
        calendarEvent(context, event, recipients));
  }

  private static void send(DelegateContext context, Workshop event, String topic, String lead) {
    Set<String> recipients = recipients(context, event);
    String body = lead + ": " + WHEN.format(event.getScheduledAt()) + " (" + event.getDurationMinutes()
        + " minutes), " + event.getPlace() + (event.getAgenda().isEmpty() ? "." : ". " + event.getAgenda());
    for (String recipient : recipients) {
      context.notifications().send(recipient, topic, event.getTitle(), body);
    }
    context.notifications().invite(recipients, topic, calendarEvent(context, event, recipients));
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
    return new CalendarEvent(event.getId(), event.getInviteSequence(), event.getTitle(),
        programme + (event.getAgenda().isEmpty() ? "" : ": " + event.getAgenda()), event.getScheduledAt(),
        event.getEndsAt(), event.getPlace(), context.organiserOf(event.getCohort().getProgramme()), attendees,
        event.getFacilitatorIds(), event.getSpeakers());
  }
}
