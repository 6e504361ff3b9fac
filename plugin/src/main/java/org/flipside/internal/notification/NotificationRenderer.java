package org.flipside.internal.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.internal.host.Directory;
import org.flipside.model.Programme;
import org.flipside.model.repository.ProgrammeRepository;
import org.flipside.spi.NotificationParameter;
import org.flipside.spi.NotificationTopic;

/**
 * Writes a notification's subject and body in its recipient's language, from the shipped templates: the names of
 * the people and the programme it is about are read now, from the directory and Flipside's tables, so the outbox
 * never holds them.
 */
public final class NotificationRenderer {

  private final Directory directory;
  private final Function<String, String> names;
  private final Function<String, String> programmeNames;

  /**
   * A renderer reading languages from the host's directory and names of programmes from Flipside's tables.
   *
   * @param names the name of a person by id: an employee's from the directory, a guest's as Flipside registered it
   */
  public NotificationRenderer(Directory directory, Function<String, String> names, ProgrammeRepository programmes) {
    this(directory, names, id -> programmes.find(id).map(Programme::getName).orElse(id));
  }

  private NotificationRenderer(Directory directory, Function<String, String> names,
      Function<String, String> programmeNames) {
    this.directory = directory;
    this.names = names;
    this.programmeNames = programmeNames;
  }

  /**
   * A renderer for one round of deliveries, which reads each person's and programme's name once in the round: a
   * step's messages mostly name the same programme and people, and each would otherwise read them again.
   */
  public NotificationRenderer forOneRound() {
    Map<String, String> people = new HashMap<>();
    Map<String, String> programmesRead = new HashMap<>();
    return new NotificationRenderer(directory, id -> people.computeIfAbsent(id, names),
        id -> programmesRead.computeIfAbsent(id, programmeNames));
  }

  /**
   * A subject and body in a language.
   *
   * @param subject the one-line subject
   * @param body the text
   * @param locale the language they are written in
   */
  public record Rendered(String subject, String body, Locale locale) {}

  /** The locale the recipient reads messages in: theirs when Flipside ships their language, British English otherwise. */
  public Locale languageOf(String recipientId) {
    Locale reader = directory.localeOf(recipientId);
    return NotificationTemplates.localeFor(reader, NotificationTemplates.in(reader));
  }

  /** The message of the topic for the recipient, in their language. */
  public Rendered render(String recipientId, NotificationTopic topic, Map<String, String> parameters) {
    Locale reader = directory.localeOf(recipientId);
    ResourceBundle templates = NotificationTemplates.in(reader);
    Locale language = NotificationTemplates.localeFor(reader, templates);
    Object[] values = topic.parameters().stream()
        .map(parameter -> parameters.containsKey(parameter.key())
            ? shown(parameter, parameters.get(parameter.key()), templates, language) : null)
        .toArray();
    return new Rendered(part(topic, parameters, "subject", templates, values, language),
        part(topic, parameters, "body", templates, values, language), language);
  }

  private static String part(NotificationTopic topic, Map<String, String> parameters, String part,
      ResourceBundle templates, Object[] values, Locale language) {
    String key = NotificationTemplates.key(topic, parameters, part);
    String template = NotificationTemplates.template(templates, key)
        .orElseThrow(() -> new IllegalStateException("no template " + key + " in " + language));
    return NotificationTemplates.format(template, topic, values, language);
  }

  private Object shown(NotificationParameter parameter, String value, ResourceBundle templates, Locale language) {
    return switch (parameter.kind()) {
      case EMPLOYEE -> names.apply(value);
      case EMPLOYEES -> value.isEmpty() ? "" : Arrays.stream(value.split(","))
          .map(names).collect(Collectors.joining(", "));
      case PROGRAMME -> programmeNames.apply(value);
      case CHOICE -> NotificationTemplates.template(templates, NotificationTemplates.choiceKey(parameter, value))
          .orElse(value);
      case DATE -> NotificationTemplates.day(LocalDate.parse(value), language);
      case DATE_TIME -> Instant.parse(value).atZone(ZoneOffset.UTC).format(
          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language)) + " UTC";
      case NUMBER -> Long.valueOf(value);
      case TEXT -> value;
    };
  }
}
