package org.flipside.internal.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flipside.spi.NotificationParameter;
import org.flipside.spi.NotificationTopic;

/**
 * Flipside's message templates, one properties file per language ({@code messages.properties} in English,
 * {@code messages_cy.properties} in Welsh): for each topic, or each value of its variant, a {@code subject} and a
 * {@code body} in {@link MessageFormat} syntax with the topic's parameters by name ({@code {programme}}), and for a
 * choice the words it is shown as ({@code choice.steward.manager}). An apostrophe is written {@code ’}, since
 * {@code MessageFormat} reads {@code '} as a quote.
 */
public final class NotificationTemplates {

  /**
   * The languages Flipside ships templates in, British English first (the base file): a recipient in any other
   * language reads that.
   */
  public static final List<Locale> SHIPPED = List.of(Locale.UK, Locale.forLanguageTag("cy-GB"));

  private static final String BUNDLE = "org.flipside.internal.notification.messages";
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*(?=[,}])");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private NotificationTemplates() {}

  /** The templates for the language, or English's when Flipside ships none in it. */
  static ResourceBundle in(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, NotificationTemplates.class.getClassLoader(), NO_FALLBACK);
  }

  /**
   * The locale a message for the reader is written in: the reader's own when the bundle is in their language (so
   * dates read as they are used to), else the bundle's, British English for the base file.
   */
  static Locale localeFor(Locale reader, ResourceBundle bundle) {
    Locale written = bundle.getLocale().getLanguage().isEmpty() ? SHIPPED.get(0) : bundle.getLocale();
    return written.getLanguage().equals(reader.getLanguage()) ? reader : written;
  }

  /** The key of a message's subject ({@code part} "subject") or body ({@code part} "body"). */
  public static String key(NotificationTopic topic, Map<String, String> parameters, String part) {
    NotificationParameter variant = topic.variant();
    return topic.topic() + (variant == null ? "" : "." + parameters.get(variant.key())) + "." + part;
  }

  /** The keys of every subject and body a topic has: one pair, or one per value of its variant. */
  public static List<String> keys(NotificationTopic topic) {
    List<Map<String, String>> variants = new ArrayList<>();
    NotificationParameter variant = topic.variant();
    if (variant == null) {
      variants.add(Map.of());
    } else {
      variant.choices().forEach(choice -> variants.add(Map.of(variant.key(), choice)));
    }
    List<String> keys = new ArrayList<>();
    for (Map<String, String> each : variants) {
      keys.add(key(topic, each, "subject"));
      keys.add(key(topic, each, "body"));
    }
    return keys;
  }

  /** The key of the word a choice is shown as. */
  public static String choiceKey(NotificationParameter parameter, String choice) {
    return "choice." + parameter.key() + "." + choice;
  }

  /** The parameter names a template refers to. */
  public static Set<String> names(String template) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /**
   * Checks, before a message is queued, that every parameter its English subject and body refer to is there, so
   * that it can be rendered in any language when it is delivered.
   */
  public static void check(Message message) {
    ResourceBundle english = in(SHIPPED.get(0));
    for (String part : List.of("subject", "body")) {
      String key = key(message.topic(), message.parameters(), part);
      Set<String> missing = new TreeSet<>(names(template(english, key)
          .orElseThrow(() -> new IllegalStateException("no template " + key))));
      missing.removeAll(message.parameters().keySet());
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(key + " needs the parameters " + missing);
      }
    }
  }

  /** A day as the language writes it in full, such as "3 May 2027" in British English. */
  static String day(LocalDate day, Locale language) {
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language));
  }

  /** The template, if the bundle has it. */
  static Optional<String> template(ResourceBundle bundle, String key) {
    try {
      return Optional.of(bundle.getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * Formats a template: each name becomes the index of its parameter in the topic's list, and the values are given
   * in that order.
   *
   * @throws IllegalArgumentException when the template refers to a parameter the topic does not carry
   */
  static String format(String template, NotificationTopic topic, Object[] values, Locale locale) {
    return format(template, topic.toString(), topic.parameters().stream().map(NotificationParameter::key).toList(),
        values, locale);
  }

  /**
   * Formats a template whose parameters, named {@code order}, take the values in that order.
   *
   * @param what what the template is of, for the message when it refers to a parameter that is not in the order
   */
  static String format(String template, String what, List<String> order, Object[] values, Locale locale) {
    Matcher matcher = ARGUMENT.matcher(template);
    StringBuilder indexed = new StringBuilder();
    while (matcher.find()) {
      int index = order.indexOf(matcher.group(1));
      if (index < 0) {
        throw new IllegalArgumentException(what + " carries no parameter '" + matcher.group(1) + "'");
      }
      matcher.appendReplacement(indexed, Matcher.quoteReplacement("{" + index));
    }
    matcher.appendTail(indexed);
    return new MessageFormat(indexed.toString(), locale).format(values).strip();
  }
}
