package org.flipside.internal.host;

import org.flipside.spi.Notification;
import org.flipside.spi.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends messages through the host's notifier once the transaction that decided them has
 * committed, so nobody is told about a step that was rolled back.
 */
public final class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  private final Notifier notifier;

  /** Notifications through the host's notifier. */
  public Notifications(Notifier notifier) {
    this.notifier = notifier;
  }

  /** Delivers the message after the current transaction commits, or now when there is none. */
  public void send(String recipientId, String topic, String subject, String body) {
    Notification notification = new Notification(recipientId, topic, subject, body);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              deliver(notification);
            }
          });
    } else {
      deliver(notification);
    }
  }

  private void deliver(Notification notification) {
    try {
      notifier.deliver(notification);
    } catch (RuntimeException e) {
      LOG.warn(
          "The host could not deliver '{}' to {}: {}",
          notification.topic(),
          notification.recipientId(),
          e.toString());
    }
  }
}
