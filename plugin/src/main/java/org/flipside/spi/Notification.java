package org.flipside.spi;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A message for one employee, which the host delivers through its own channels (email, inbox, chat).
 *
 * <p>Flipside renders the subject and body from its templates in the recipient's language (the directory's
 * {@link Employee#locale()}); a host with templates of its own renders the {@link #topic()} and
 * {@link #parameters()} instead (see {@link NotificationTopic}).
 *
 * @param id a unique id: Flipside retries a delivery the host did not accept, and sends one again, with
 *     the same id, that the host took just before Flipside stopped or failed to record it (at most a few
 *     at a time), so a host can use the id to ignore a second copy
 * @param recipientId the employee id of the recipient
 * @param topic a stable key for the kind of message, such as {@code match-introduction}, so the host
 *     can choose a template or channel: one of {@link org.flipside.bpmn.vocabulary.NotificationTopics}, each
 *     saying when it is sent and to whom, or a process owner's own topic
 * @param subject a one-line subject
 * @param body the message text
 * @param parameters the message's parameters, by {@link NotificationParameter#key()}: ids and values, never a
 *     name; empty for a process owner's own message (since 1.1)
 * @param locale the language the subject and body are written in (since 1.1)
 * @since 1.0
 */
public record Notification(String id, String recipientId, String topic, String subject, String body,
    Map<String, String> parameters, Locale locale) {

  /**
   * Checks that every field is present, and keeps the parameters as they are now.
   *
   * @since 1.1
   */
  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipientId, "recipientId");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    Objects.requireNonNull(locale, "locale");
  }

  /**
   * A message with no parameters, in the host's default language.
   *
   * @param id a unique id
   * @param recipientId the employee id of the recipient
   * @param topic a stable key for the kind of message
   * @param subject a one-line subject
   * @param body the message text
   */
  public Notification(String id, String recipientId, String topic, String subject, String body) {
    this(id, recipientId, topic, subject, body, Map.of(), Locale.getDefault());
  }
}
