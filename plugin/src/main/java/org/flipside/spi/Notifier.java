package org.flipside.spi;

/**
 * Delivers Flipside's messages to employees through the host.
 *
 * @since 0.1
 */
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
