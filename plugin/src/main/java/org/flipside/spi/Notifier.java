package org.flipside.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers Flipside's messages to employees through the host.
 *
 * @since 1.0
 */
@ConsumerType
public interface Notifier {

  /**
   * Delivers one message. Flipside keeps every message until this returns normally, and tries
   * again later, with a growing pause, when it throws.
   *
   * @param notification the message
   * @throws RuntimeException when the host cannot take it now
   */
  void deliver(Notification notification);
}
