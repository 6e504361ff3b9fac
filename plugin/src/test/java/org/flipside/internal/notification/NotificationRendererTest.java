package org.flipside.internal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flipside.internal.host.Directory;
import org.flipside.model.Programme;
import org.flipside.model.repository.ProgrammeRepository;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.spi.NotificationParameter;
import org.flipside.spi.NotificationTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A message is written in its recipient's language, with the names read when it is written. */
class NotificationRendererTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");

  private final EmployeeDirectory employees = mock(EmployeeDirectory.class);
  private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
  private final Directory directory = new Directory(employees);
  private final NotificationRenderer renderer = new NotificationRenderer(directory, directory::nameOf, programmes);

  @BeforeEach
  void anOrganisation() {
    employee("gwen", "Gwen Pritchard", WELSH);
    employee("amir", "Amir Khan", Locale.UK);
    employee("lena", "Lena Vogel", Locale.GERMAN);
    Programme programme = mock(Programme.class);
    when(programme.getName()).thenReturn("Pilot");
    when(programmes.find("p-1")).thenReturn(Optional.of(programme));
  }

  @Test
  void aWelshReaderGetsTheMessageInWelshWithTheNamesAndDatesOfNow() {
    Map<String, String> parameters = Message.of(NotificationTopic.SESSION_REMINDER)
        .with(NotificationParameter.PROGRAMME, "p-1").with(NotificationParameter.PARTNER, "amir")
        .with(NotificationParameter.PERIOD, 2).with(NotificationParameter.PERIOD_END, "2027-01-31")
        .with(NotificationParameter.SUGGESTED_DAY, "2027-01-20").parameters();

    NotificationRenderer.Rendered welsh = renderer.render("gwen", NotificationTopic.SESSION_REMINDER, parameters);

    assertThat(welsh.locale()).isEqualTo(WELSH);
    assertThat(welsh.subject()).isEqualTo("Pilot: amser trefnu eich sesiwn");
    assertThat(welsh.body()).startsWith("Nid oes sesiwn gyda Amir Khan wedi’i chofnodi eto ar gyfer cyfnod 2")
        .contains("31 Ionawr 2027", "20 Ionawr 2027");
    NotificationRenderer.Rendered english = renderer.render("amir", NotificationTopic.SESSION_REMINDER, parameters);
    assertThat(english.locale()).isEqualTo(Locale.UK);
    assertThat(english.body()).startsWith("No session with Amir Khan is logged yet for period 2, which ends on 31 January 2027");
  }

  @Test
  void aRoundOfDeliveriesReadsEachProgrammesNameOnceAndWritesEachMessageAsAlone() {
    Map<String, String> parameters = Message.of(NotificationTopic.SESSION_REMINDER)
        .with(NotificationParameter.PROGRAMME, "p-1").with(NotificationParameter.PARTNER, "amir")
        .with(NotificationParameter.PERIOD, 2).with(NotificationParameter.PERIOD_END, "2027-01-31")
        .with(NotificationParameter.SUGGESTED_DAY, "2027-01-20").parameters();
    NotificationRenderer round = renderer.forOneRound();

    NotificationRenderer.Rendered first = round.render("gwen", NotificationTopic.SESSION_REMINDER, parameters);
    NotificationRenderer.Rendered second = round.render("lena", NotificationTopic.SESSION_REMINDER, parameters);

    verify(programmes, times(1)).find("p-1");
    assertThat(first).isEqualTo(renderer.render("gwen", NotificationTopic.SESSION_REMINDER, parameters));
    assertThat(second).isEqualTo(renderer.render("lena", NotificationTopic.SESSION_REMINDER, parameters));
  }

  @Test
  void aChoiceIsShownInTheReadersWordsAndAVariantPicksTheText() {
    Map<String, String> parameters = Message.of(NotificationTopic.MATCH_INTRODUCTION)
        .with(NotificationParameter.PROGRAMME, "p-1").with(NotificationParameter.PARTNER, "amir")
        .with(NotificationParameter.PARTNER_ROLE, "mentee").parameters();

    assertThat(renderer.render("gwen", NotificationTopic.MATCH_INTRODUCTION, parameters).body())
        .startsWith("Eich mentai yw Amir Khan.");
    Map<String, String> found = Message.of(NotificationTopic.CONCERN)
        .with(NotificationParameter.CONCERN_STEP, "escalated").with(NotificationParameter.PROGRAMME, "p-1")
        .with(NotificationParameter.RAISED_ON, "2027-01-05").with(NotificationParameter.DAYS, 1).parameters();
    assertThat(renderer.render("amir", NotificationTopic.CONCERN, found).body())
        .isEqualTo("A concern raised in Pilot on 5 January 2027 was not acknowledged within 1 day. It is in your task"
            + " list now too.");
  }

  @Test
  void aReaderOfALanguageFlipsideDoesNotShipReadsEnglish() {
    Map<String, String> parameters = Message.of(NotificationTopic.INVITATION_TO_APPLY)
        .with(NotificationParameter.PROGRAMME, "p-1").with(NotificationParameter.INVITED_AS, "returning-mentor")
        .with(NotificationParameter.DEADLINE, "2027-02-01").with(NotificationParameter.AMBASSADORS, "gwen,amir")
        .with(NotificationParameter.AMBASSADOR_COUNT, 2).parameters();

    NotificationRenderer.Rendered german = renderer.render("lena", NotificationTopic.INVITATION_TO_APPLY, parameters);

    assertThat(german.locale()).isEqualTo(Locale.UK);
    assertThat(german.body()).startsWith("You mentored in the last cohort").endsWith(
        "Ask our ambassadors from the last cohort what taking part is like: Gwen Pritchard, Amir Khan.");
    assertThat(renderer.languageOf("nobody")).as("someone the directory does not know")
        .isEqualTo(Set.of("en", "cy").contains(Locale.getDefault().getLanguage()) ? Locale.getDefault() : Locale.UK);
  }

  private void employee(String id, String name, Locale locale) {
    when(employees.find(id)).thenReturn(Optional.of(
        new Employee(id, name, 5, "Band 5", "Finance", null, true, locale)));
  }
}
