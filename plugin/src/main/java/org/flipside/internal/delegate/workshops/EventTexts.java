package org.flipside.internal.delegate.workshops;

import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.flipside.internal.notification.HostText;
import org.flipside.internal.notification.NotificationTemplates;
import org.flipside.internal.notification.Wording;
import org.flipside.model.Programme;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopKind;

/**
 * The titles, agendas and place Flipside writes for the events it plans itself (the kick-off workshops and the
 * knowledge sessions), as templates each invitee reads in their own language. The event keeps them in British
 * English, as the API and the console show them; its invites recognise them by that text, so what the programme team
 * wrote or changed goes out as they wrote it.
 */
final class EventTexts {

  /** The language an event keeps Flipside's texts in. */
  static final Locale KEPT_IN = NotificationTemplates.SHIPPED.get(0);

  private EventTexts() {}

  /** The kick-off workshop's title, for the side it is for. */
  static Wording kickOffTitle(WorkshopKind kind, Programme programme) {
    return kind == WorkshopKind.MENTOR_KICK_OFF
        ? HostText.MENTOR_KICK_OFF_TITLE.with(Map.of("role", Wording.asWritten(programme.getMentorLabel())))
        : HostText.MENTEE_KICK_OFF_TITLE.with(Map.of("role", Wording.asWritten(programme.getMenteeLabel())));
  }

  /** What the kick-off workshop covers, for the side it is for. */
  static Wording kickOffAgenda(WorkshopKind kind) {
    return (kind == WorkshopKind.MENTOR_KICK_OFF ? HostText.MENTOR_KICK_OFF_AGENDA : HostText.MENTEE_KICK_OFF_AGENDA)
        .alone();
  }

  /** The title of the programme's {@code number}th knowledge session of {@code count}. */
  static Wording knowledgeSessionTitle(int number, int count, Programme programme) {
    return HostText.KNOWLEDGE_SESSION_TITLE.with(Map.of("number", number, "count", count,
        "programme", programme.getName()));
  }

  /** What a knowledge session is for. */
  static Wording knowledgeSessionAgenda() {
    return HostText.KNOWLEDGE_SESSION_AGENDA.alone();
  }

  /** Where the events Flipside plans take place until the programme team moves them. */
  static Wording online() {
    return HostText.MEETING_PLACE_ONLINE.alone();
  }

  /** The event's title for its invites: Flipside's template when it is the title Flipside wrote, else as written. */
  static Wording title(Workshop event) {
    Programme programme = event.getCohort().getProgramme();
    Stream<Wording> written = switch (event.getKind()) {
      case MENTOR_KICK_OFF, MENTEE_KICK_OFF -> Stream.of(kickOffTitle(event.getKind(), programme));
      case KNOWLEDGE_SESSION -> IntStream.rangeClosed(1, programme.getKnowledgeSessions())
          .mapToObj(number -> knowledgeSessionTitle(number, programme.getKnowledgeSessions(), programme));
      default -> Stream.empty();
    };
    return recognised(event.getTitle(), written);
  }

  /** The event's agenda for its invites, as {@link #title} recognises it. */
  static Wording agenda(Workshop event) {
    Stream<Wording> written = switch (event.getKind()) {
      case MENTOR_KICK_OFF, MENTEE_KICK_OFF -> Stream.of(kickOffAgenda(event.getKind()));
      case KNOWLEDGE_SESSION -> Stream.of(knowledgeSessionAgenda());
      default -> Stream.empty();
    };
    return recognised(event.getAgenda(), written);
  }

  /** The event's place for its invites, as {@link #title} recognises it. */
  static Wording place(Workshop event) {
    return recognised(event.getPlace(), Stream.of(online()));
  }

  private static Wording recognised(String kept, Stream<Wording> flipsides) {
    return flipsides.filter(text -> text.in(KEPT_IN).equals(kept)).findFirst().orElseGet(() -> Wording.asWritten(kept));
  }
}
