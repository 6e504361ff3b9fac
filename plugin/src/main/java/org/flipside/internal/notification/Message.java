package org.flipside.internal.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flipside.spi.NotificationParameter;
import org.flipside.spi.NotificationTopic;

/**
 * One notification of a topic with its parameters, before it has a recipient or a text. Each value is checked
 * against the topic as it is added: a parameter the topic does not carry, or a choice it does not offer, is a
 * programming error.
 */
public final class Message {

  private final NotificationTopic topic;
  private final Map<String, String> parameters = new LinkedHashMap<>();

  private Message(NotificationTopic topic) {
    this.topic = topic;
  }

  /** A message of the topic, with no parameters yet. */
  public static Message of(NotificationTopic topic) {
    return new Message(topic);
  }

  /** Adds an id, a choice or a person's text. */
  public Message with(NotificationParameter parameter, String value) {
    if (!topic.parameters().contains(parameter)) {
      throw new IllegalArgumentException(topic + " carries no parameter " + parameter);
    }
    if (parameter.kind() == NotificationParameter.Kind.CHOICE && !parameter.choices().contains(value)) {
      throw new IllegalArgumentException(parameter + " '" + value + "' is not one of " + parameter.choices());
    }
    parameters.put(parameter.key(), value);
    return this;
  }

  /** Adds a number. */
  public Message with(NotificationParameter parameter, long value) {
    return with(parameter, Long.toString(value));
  }

  /** Adds a day. */
  public Message with(NotificationParameter parameter, LocalDate day) {
    return with(parameter, day.toString());
  }

  /** Adds an instant: a day's parameter takes its day in UTC. */
  public Message with(NotificationParameter parameter, Instant instant) {
    return with(parameter, parameter.kind() == NotificationParameter.Kind.DATE
        ? LocalDate.ofInstant(instant, ZoneOffset.UTC).toString() : instant.toString());
  }

  /** Adds employee ids. */
  public Message with(NotificationParameter parameter, Collection<String> employeeIds) {
    return with(parameter, String.join(",", employeeIds));
  }

  /** The topic. */
  public NotificationTopic topic() {
    return topic;
  }

  /** The parameters so far, by name. */
  public Map<String, String> parameters() {
    return Map.copyOf(parameters);
  }
}
