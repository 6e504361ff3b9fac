package org.flipside.it;

import java.util.List;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.CalendarInvite;

/** Keeps every delivered calendar invite, for the tests to read; can be taken down like a host's service. */
final class RecordingCalendar extends RecordingHostService<CalendarInvite> implements CalendarGateway {

  RecordingCalendar() {
    super("calendar service");
  }

  @Override
  public void deliver(CalendarInvite invite) {
    record(invite);
  }

  /** Who received an invite, in id order, once for each invite. */
  List<String> recipients() {
    return delivered().stream().map(CalendarInvite::recipientId).sorted().toList();
  }
}
