package org.flipside.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Puts Flipside's events, such as kick-off workshops, in employees' calendars through the host's
 * calendar service.
 *
 * @since 1.0
 */
@ConsumerType
public interface CalendarGateway {

  /**
   * Delivers one invite. Flipside keeps every invite until this returns normally, and tries again
   * later, with a growing pause, when it throws.
   *
   * @param invite the invite, with its iCalendar text
   * @throws RuntimeException when the host cannot take it now
   */
  void deliver(CalendarInvite invite);
}
