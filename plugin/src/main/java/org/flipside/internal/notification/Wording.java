package org.flipside.internal.notification;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A text for a host's service, written in each reader's language: one of Flipside's {@link HostText}s with its
 * values, or a text as someone wrote it (such as an event's own title), which reads the same in every language.
 */
public final class Wording {

  private final HostText text;
  private final Map<String, Object> values;
  private final String written;

  private Wording(HostText text, Map<String, Object> values, String written) {
    this.text = text;
    this.values = values;
    this.written = written;
  }

  static Wording of(HostText text, Map<String, Object> values) {
    return new Wording(text, Map.copyOf(values), null);
  }

  /** A text as someone wrote it. */
  public static Wording asWritten(String text) {
    return new Wording(null, Map.of(), Objects.requireNonNull(text, "text"));
  }

  /**
   * The text for a reader: in their language when Flipside ships it, in British English otherwise, with dates as
   * that language writes them.
   */
  public String in(Locale reader) {
    if (text == null) {
      return written;
    }
    ResourceBundle templates = NotificationTemplates.in(reader);
    Locale language = NotificationTemplates.localeFor(reader, templates);
    String template = NotificationTemplates.template(templates, text.key())
        .orElseThrow(() -> new IllegalStateException("no template " + text.key() + " in " + language));
    Object[] shown = text.parameters().stream().map(name -> shown(values.get(name), language)).toArray();
    return NotificationTemplates.format(template, text.toString(), text.parameters(), shown, language);
  }

  private static Object shown(Object value, Locale language) {
    if (value instanceof LocalDate day) {
      return NotificationTemplates.day(day, language);
    }
    return value instanceof Wording wording ? wording.in(language) : value;
  }
}
