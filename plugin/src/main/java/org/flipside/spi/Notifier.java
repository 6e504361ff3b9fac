package org.flipside.spi;

/**
 * Delivers Flipside's messages to employees through the host.
 *
 * @since 0.1
 */
public interface Notifier {

  /**
   * Delivers one message.
   *
   * @param notification the message
   * @throws RuntimeException when the host cannot deliver it now
   */
  void deliver(Notification notification);
}
