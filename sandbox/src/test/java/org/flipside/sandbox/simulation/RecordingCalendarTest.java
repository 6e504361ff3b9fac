package org.flipside.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.flipside.spi.CalendarInvite;
import org.junit.jupiter.api.Test;

class RecordingCalendarTest {

  private static final Instant TEN = Instant.parse("2027-02-22T10:00:00Z");

  private final RecordingCalendar calendar = new RecordingCalendar();

  @Test
  void countsInvitesAndTheEventsTheyAreFor() {
    calendar.deliver(invite("i-1", "emp-1", "workshop-mentors"));
    calendar.deliver(invite("i-2", "emp-2", "workshop-mentors"));
    calendar.deliver(invite("i-3", "emp-3", "workshop-mentees"));

    assertThat(calendar.invites()).isEqualTo(3);
    assertThat(calendar.events()).isEqualTo(2);
  }

  private static CalendarInvite invite(String id, String recipientId, String eventUid) {
    return new CalendarInvite(id, recipientId, eventUid, "Kick-off", TEN, TEN.plusSeconds(7200), "Online",
        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  }
}
