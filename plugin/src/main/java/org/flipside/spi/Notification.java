package org.flipside.spi;

import java.util.Objects;

/**
 * A message for one employee, which the host delivers through its own channels (email, inbox, chat).
 *
 * @param id a unique id: Flipside retries a delivery the host did not accept, and a host that may
 *     have accepted a message without saying so can use the id to ignore a second copy
 * @param recipientId the employee id of the recipient
 * @param topic a stable key for the kind of message, such as {@code match-introduction}, so the host
 *     can choose a template or channel: one of {@link org.flipside.bpmn.vocabulary.NotificationTopics}, each
 *     saying when it is sent and to whom
 * @param subject a one-line subject
 * @param body the message text
 * @since 1.0
 */
public record Notification(String id, String recipientId, String topic, String subject, String body) {

  /** Checks that every field is present. */
  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipientId, "recipientId");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
