package org.flipside.internal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.spi.NotificationParameter;
import org.flipside.spi.NotificationTopic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every topic has a subject and a body, for each of its variants, in every language Flipside ships, and so has every
 * {@link HostText}; every template refers only to parameters its topic carries, and shows every choice it refers to
 * in that language's words.
 */
class NotificationTemplatesTest {

  static Stream<Locale> shipped() {
    return NotificationTemplates.SHIPPED.stream();
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void everyTopicHasASubjectAndABodyForEachVariantAndNothingElse(Locale locale) {
    Properties file = file(locale);
    Set<String> expected = new TreeSet<>();
    for (NotificationTopic topic : NotificationTopic.values()) {
      expected.addAll(NotificationTemplates.keys(topic));
    }
    Arrays.stream(HostText.values()).forEach(text -> expected.add(text.key()));
    choicesReferred().forEach(parameter -> parameter.choices()
        .forEach(choice -> expected.add(NotificationTemplates.choiceKey(parameter, choice))));

    assertThat(file.stringPropertyNames()).as("the templates in %s", locale).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void everyTemplateRefersOnlyToItsTopicsParametersAndFormats(Locale locale) {
    Properties file = file(locale);
    for (NotificationTopic topic : NotificationTopic.values()) {
      Set<String> carried = topic.parameters().stream().map(NotificationParameter::key).collect(Collectors.toSet());
      for (String key : NotificationTemplates.keys(topic)) {
        String template = file.getProperty(key);
        assertThat(NotificationTemplates.names(template)).as("%s in %s", key, locale).isSubsetOf(carried);
        assertThat(template).as("%s in %s: an apostrophe is written ’", key, locale).doesNotContain("'");
        Object[] values = topic.parameters().stream().map(NotificationTemplatesTest::sample).toArray();
        assertThat(NotificationTemplates.format(template, topic, values, locale)).as("%s in %s", key, locale)
            .isNotBlank().doesNotContain("{", "}");
      }
    }
  }

  @Test
  void aTopicsVariantIsOneOfItsChoiceParameters() {
    for (NotificationTopic topic : NotificationTopic.values()) {
      if (topic.variant() != null) {
        assertThat(topic.parameters()).as("%s", topic).contains(topic.variant());
        assertThat(topic.variant().kind()).as("%s", topic).isEqualTo(NotificationParameter.Kind.CHOICE);
      }
    }
  }

  @Test
  void everyNotificationTopicOfTheVocabularyIsDeclaredWithItsParametersOnce() {
    assertThat(Arrays.stream(NotificationTopic.values()).map(NotificationTopic::topic))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(NotificationTopics.all().stream()
            .filter(topic -> !Set.of(NotificationTopics.SESSION_INVITE, NotificationTopics.PROTECTED_TIME_HOLD,
                NotificationTopics.MENTOR_RECOGNITION)
                .contains(topic))
            .toList());
    assertThat(Arrays.stream(NotificationParameter.values()).map(NotificationParameter::key)).doesNotHaveDuplicates();
  }

  @Test
  void aMessageTakesOnlyItsTopicsParametersAndChoices() {
    assertThatThrownBy(() -> Message.of(NotificationTopic.APPOINTED).with(NotificationParameter.PARTNER, "e-1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PARTNER");
    assertThatThrownBy(() -> Message.of(NotificationTopic.APPOINTED).with(NotificationParameter.STEWARD, "king"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("king");
  }

  @Test
  void aMessageLackingAParameterItsTextNeedsIsRefusedBeforeItIsQueued() {
    Message withoutSteward = Message.of(NotificationTopic.APPOINTED).with(NotificationParameter.PROGRAMME, "p-1");

    assertThatThrownBy(() -> NotificationTemplates.check(withoutSteward))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steward");
    NotificationTemplates.check(withoutSteward.with(NotificationParameter.STEWARD, "sponsor"));
  }

  /** The choice parameters some template shows, which need a word for each choice. */
  private static Set<NotificationParameter> choicesReferred() {
    Properties english = file(NotificationTemplates.SHIPPED.get(0));
    Set<String> hostTexts = Arrays.stream(HostText.values()).map(HostText::key).collect(Collectors.toSet());
    Set<String> names = english.stringPropertyNames().stream()
        .filter(key -> !key.startsWith("choice.") && !hostTexts.contains(key))
        .flatMap(key -> NotificationTemplates.names(english.getProperty(key)).stream()).collect(Collectors.toSet());
    return Arrays.stream(NotificationParameter.values())
        .filter(parameter -> parameter.kind() == NotificationParameter.Kind.CHOICE && names.contains(parameter.key()))
        .collect(Collectors.toSet());
  }

  private static Object sample(NotificationParameter parameter) {
    return parameter.kind() == NotificationParameter.Kind.NUMBER ? (Object) 3L : parameter.key() + " value";
  }

  /** One language's file alone, without the English it falls back to. */
  static Properties file(Locale locale) {
    String name = "messages" + (locale.equals(NotificationTemplates.SHIPPED.get(0)) ? "" : "_" + locale.getLanguage())
        + ".properties";
    Properties properties = new Properties();
    try (InputStream in = NotificationTemplates.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return properties;
  }
}
