package org.flipside.internal.delegate.workshops;

import static org.flipside.spi.NotificationParameter.MINUTES;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.STARTS_AT;
import static org.flipside.spi.NotificationParameter.WORKSHOP;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.host.CalendarEvent;
import org.flipside.internal.notification.Message;
import org.flipside.model.Participant;
import org.flipside.model.Programme;
import org.flipside.model.Workshop;
import org.flipside.spi.NotificationTopic;

/** Invites participants to a group event: a message and an invite for their calendar each. */
final class WorkshopInvitations {

  /** Workshops have no room in the model: they are held online. */
  private static final String LOCATION = "Online";

  private WorkshopInvitations() {}

  static void send(DelegateContext context, Workshop workshop, List<Participant> invitees, String topics) {
    Programme programme = workshop.getCohort().getProgramme();
    Instant start = workshop.getScheduledAt();
    Instant end = start.plus(Duration.ofMinutes(workshop.getDurationMinutes()));
    CalendarEvent event = new CalendarEvent(workshop.getId(), workshop.getTitle(),
        programme.getName() + ": " + topics + ".", start, end, LOCATION, context.organiserOf(programme));
    for (Participant participant : invitees) {
      context.notifications().send(participant.getEmployeeId(), Message.of(NotificationTopic.WORKSHOP_INVITATION)
          .with(PROGRAMME, programme.getId())
          .with(WORKSHOP, workshop.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .with(STARTS_AT, start).with(MINUTES, workshop.getDurationMinutes()));
      context.notifications().invite(participant.getEmployeeId(), NotificationTopics.WORKSHOP_INVITATION, event);
    }
  }

  /** The day itself, or the Monday after when it falls on a weekend. */
  static LocalDate weekday(LocalDate day) {
    LocalDate weekday = day;
    while (weekday.getDayOfWeek() == DayOfWeek.SATURDAY || weekday.getDayOfWeek() == DayOfWeek.SUNDAY) {
      weekday = weekday.plusDays(1);
    }
    return weekday;
  }
}
