package org.flipside.sandbox.simulation;

import java.util.HashSet;
import java.util.Set;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.CalendarInvite;

/**
 * The sandbox's calendar: instead of filling anyone's calendar it counts the invites and the events
 * they are for.
 */
public final class RecordingCalendar implements CalendarGateway {

  private final Set<String> events = new HashSet<>();
  private int invites;

  @Override
  public synchronized void deliver(CalendarInvite invite) {
    events.add(invite.eventUid());
    invites++;
  }

  /** How many invites went out. */
  public synchronized int invites() {
    return invites;
  }

  /** How many different events they were for. */
  public synchronized int events() {
    return events.size();
  }
}
