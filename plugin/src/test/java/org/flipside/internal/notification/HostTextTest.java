package org.flipside.internal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invites' and recognition records' texts: each has a template in every language Flipside ships, which refers
 * only to its parameters, and a reader gets it in their language.
 */
class HostTextTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy-GB");

  static Stream<Locale> shipped() {
    return NotificationTemplates.SHIPPED.stream();
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void everyTextHasATemplateInTheLanguageReferringOnlyToItsParameters(Locale locale) {
    Properties file = NotificationTemplatesTest.file(locale);
    for (HostText text : HostText.values()) {
      String template = file.getProperty(text.key());
      assertThat(template).as("%s in %s", text.key(), locale).isNotBlank().doesNotContain("'");
      assertThat(NotificationTemplates.names(template)).as("%s in %s", text.key(), locale)
          .isSubsetOf(text.parameters());
      assertThat(text.with(sample(text)).in(locale)).as("%s in %s", text.key(), locale)
          .isNotBlank().doesNotContain("{", "}");
    }
  }

  @Test
  void aRecognitionReadsInTheMentorsLanguageWithItsDatesAndCount() {
    Map<String, Object> values = Map.of("mentor", "Amira Khan", "role", HostText.MENTOR_ROLE.alone(),
        "programme", "Board pilot", "from", LocalDate.of(2027, 3, 1), "to", LocalDate.of(2027, 5, 3), "held", 2);

    assertThat(HostText.RECOGNITION_DESCRIPTION.with(values).in(Locale.UK)).isEqualTo("Amira Khan mentored a senior"
        + " colleague as a mentor in Board pilot from 1 March 2027 to 3 May 2027, in 2 sessions.");
    assertThat(HostText.RECOGNITION_DESCRIPTION.with(values).in(WELSH))
        .startsWith("Bu Amira Khan yn mentora cydweithiwr uwch fel mentor yn Board pilot o 1 Mawrth 2027")
        .endsWith("mewn 2 sesiwn.");
    assertThat(HostText.RECOGNITION_TITLE.with(Map.of("role", Wording.asWritten("Reverse mentor"),
        "programme", "Board pilot")).in(WELSH)).isEqualTo("Reverse mentor: Board pilot");
  }

  @Test
  void theEventsFlipsidePlansAndTheirPlaceReadInTheInviteesLanguage() {
    Map<String, Object> session = Map.of("number", 2, "count", 3, "programme", "Board pilot");
    Map<String, Object> kickOff = Map.of("role", Wording.asWritten("reverse mentor"));

    assertThat(HostText.KNOWLEDGE_SESSION_TITLE.with(session).in(Locale.UK))
        .isEqualTo("Knowledge session 2 of 3: Board pilot");
    assertThat(HostText.KNOWLEDGE_SESSION_TITLE.with(session).in(WELSH)).isEqualTo("Sesiwn wybodaeth 2 o 3: Board pilot");
    assertThat(HostText.MENTOR_KICK_OFF_TITLE.with(kickOff).in(Locale.UK))
        .isEqualTo("Kick-off workshop for reverse mentors");
    assertThat(HostText.MENTOR_KICK_OFF_TITLE.with(kickOff).in(WELSH))
        .isEqualTo("Gweithdy cychwynnol ar gyfer pob reverse mentor");
    assertThat(HostText.EVENT_DESCRIPTION.with(Map.of("programme", "Board pilot",
        "agenda", HostText.KNOWLEDGE_SESSION_AGENDA.alone())).in(WELSH))
        .isEqualTo("Board pilot: Sesiwn wybodaeth i fentoriaid a mentai gyda’i gilydd ar bwnc cynhwysiant allweddol.");
    assertThat(HostText.MEETING_PLACE_PHONE.alone().in(WELSH)).isEqualTo("Dros y ffôn");
  }

  @Test
  void aReaderInALanguageFlipsideDoesNotShipReadsBritishEnglish() {
    assertThat(HostText.PROTECTED_TIME_SUMMARY.with(Map.of("programme", "Board pilot")).in(Locale.JAPAN))
        .isEqualTo("Board pilot: protected time for mentoring");
  }

  @Test
  void aTextTakesExactlyItsParameters() {
    assertThatThrownBy(() -> HostText.PROTECTED_TIME_SUMMARY.with(Map.of("partner", "Amira Khan")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("programme");
  }

  private static Map<String, Object> sample(HostText text) {
    Map<String, Object> values = new HashMap<>();
    for (String name : text.parameters()) {
      values.put(name, switch (name) {
        case "held", "number", "count" -> 3;
        case "from", "to" -> LocalDate.of(2027, 3, 1);
        default -> name + " value";
      });
    }
    return values;
  }
}
