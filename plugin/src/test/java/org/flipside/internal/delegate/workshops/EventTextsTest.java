package org.flipside.internal.delegate.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;
import org.flipside.model.Cohort;
import org.flipside.model.Programme;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopKind;
import org.junit.jupiter.api.Test;

/**
 * The texts of the events Flipside plans reach each invitee in their language, while what the programme team wrote
 * goes out as written.
 */
class EventTextsTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy-GB");

  private final Programme programme = mock(Programme.class);
  private final Cohort cohort = mock(Cohort.class);

  EventTextsTest() {
    when(programme.getName()).thenReturn("Board pilot");
    when(programme.getMentorLabel()).thenReturn("reverse mentor");
    when(programme.getMenteeLabel()).thenReturn("reverse mentee");
    when(programme.getKnowledgeSessions()).thenReturn(3);
    when(cohort.getProgramme()).thenReturn(programme);
  }

  @Test
  void aKickOffFlipsidePlannedIsKeptInEnglishAndInvitesInTheReadersLanguage() {
    Workshop kickOff = event(WorkshopKind.MENTOR_KICK_OFF,
        EventTexts.kickOffTitle(WorkshopKind.MENTOR_KICK_OFF, programme).in(EventTexts.KEPT_IN),
        EventTexts.online().in(EventTexts.KEPT_IN),
        EventTexts.kickOffAgenda(WorkshopKind.MENTOR_KICK_OFF).in(EventTexts.KEPT_IN));

    assertThat(kickOff.getTitle()).isEqualTo("Kick-off workshop for reverse mentors");
    assertThat(kickOff.getPlace()).isEqualTo("Online");
    assertThat(EventTexts.title(kickOff).in(WELSH)).isEqualTo("Gweithdy cychwynnol ar gyfer pob reverse mentor");
    assertThat(EventTexts.place(kickOff).in(WELSH)).isEqualTo("Ar-lein");
    assertThat(EventTexts.agenda(kickOff).in(WELSH)).startsWith("Rolau, dynameg grym");
    assertThat(EventTexts.title(kickOff).in(Locale.UK)).isEqualTo(kickOff.getTitle());
  }

  @Test
  void aKnowledgeSessionIsRecognisedByItsNumber() {
    Workshop second = event(WorkshopKind.KNOWLEDGE_SESSION,
        EventTexts.knowledgeSessionTitle(2, 3, programme).in(EventTexts.KEPT_IN), "Online",
        EventTexts.knowledgeSessionAgenda().in(EventTexts.KEPT_IN));

    assertThat(second.getTitle()).isEqualTo("Knowledge session 2 of 3: Board pilot");
    assertThat(EventTexts.title(second).in(WELSH)).isEqualTo("Sesiwn wybodaeth 2 o 3: Board pilot");
    assertThat(EventTexts.agenda(second).in(WELSH)).startsWith("Sesiwn wybodaeth i fentoriaid");
  }

  @Test
  void whatTheProgrammeTeamWroteGoesOutAsWritten() {
    Workshop renamed = event(WorkshopKind.MENTOR_KICK_OFF, "Welcome session for mentors", "Room 4, Floor 2",
        "Bring your lived experience.");

    assertThat(EventTexts.title(renamed).in(WELSH)).isEqualTo("Welcome session for mentors");
    assertThat(EventTexts.place(renamed).in(WELSH)).isEqualTo("Room 4, Floor 2");
    assertThat(EventTexts.agenda(renamed).in(WELSH)).isEqualTo("Bring your lived experience.");
  }

  private Workshop event(WorkshopKind kind, String title, String place, String agenda) {
    Workshop event = mock(Workshop.class);
    when(event.getKind()).thenReturn(kind);
    when(event.getCohort()).thenReturn(cohort);
    when(event.getTitle()).thenReturn(title);
    when(event.getPlace()).thenReturn(place);
    when(event.getAgenda()).thenReturn(agenda);
    return event;
  }
}
