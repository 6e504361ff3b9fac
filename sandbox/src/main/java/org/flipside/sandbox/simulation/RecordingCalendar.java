package org.flipside.sandbox.simulation;

import java.util.HashSet;
import java.util.Set;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.CalendarInvite;

/**
 * The sandbox's calendar: instead of filling anyone's calendar it counts the invites and the events
 * they are for, and among them the pairs' recurring protected-time holds (with their updates and cancellations).
 */
public final class RecordingCalendar implements CalendarGateway {

  private final Set<String> events = new HashSet<>();
  private final Set<String> holds = new HashSet<>();
  private int invites;
  private int holdInvites;

  @Override
  public synchronized void deliver(CalendarInvite invite) {
    events.add(invite.eventUid());
    invites++;
    // a recurring event is a hold; its later cancellation carries no rule but the same UID
    if (invite.iCalendar().contains("\nRRULE:")) {
      holds.add(invite.eventUid());
    }
    if (holds.contains(invite.eventUid())) {
      holdInvites++;
    }
  }

  /** How many different recurring holds the invites were for. */
  public synchronized int holds() {
    return holds.size();
  }

  /** How many of the invites were for recurring holds: sent, updated or cancelled. */
  public synchronized int holdInvites() {
    return holdInvites;
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
