package org.flipside.internal.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flipside.internal.notification.Wording;
import org.flipside.model.OutboundMessage;
import org.flipside.model.repository.OutboundMessageRepository;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class NotificationsTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");
  private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
  private static final List<String> ATTENDEES = List.of("e-1", "e-2", "e-3");

  private final EmployeeDirectory directory = mock(EmployeeDirectory.class);
  private final OutboundMessageRepository outbox = mock(OutboundMessageRepository.class);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void anInviteForManyIsWrittenOncePerLanguageAndQueuedForEachRecipient() {
    when(outbox.add(any())).thenAnswer(call -> call.getArgument(0));
    employee("hr-1", "Grace Okafor", Locale.UK);
    employee("e-1", "Amira Khan", Locale.UK);
    employee("e-2", "Tom O'Neill", Locale.UK);
    employee("e-3", "Rhys Evans", WELSH);
    Notifications notifications = new Notifications(outbox, clock, mock(Postman.class),
        new CalendarInvites(new Directory(directory), clock), new Directory(directory));

    notifications.invite(ATTENDEES, "workshop-invitation", CalendarEvent.of("event-1",
        Wording.asWritten("Knowledge session"), Wording.asWritten("For everyone in the cohort"),
        NOW.plusSeconds(86_400), NOW.plusSeconds(91_800), Wording.asWritten("Online"), "hr-1", ATTENDEES));

    ArgumentCaptor<OutboundMessage> queued = ArgumentCaptor.forClass(OutboundMessage.class);
    verify(outbox, times(3)).add(queued.capture());
    List<OutboundMessage> messages = queued.getAllValues();
    assertThat(messages).extracting(OutboundMessage::getRecipientId).containsExactlyElementsOf(ATTENDEES);
    List<String> texts = messages.stream().map(message -> message.getCalendarEntry().getICalendar()).toList();
    // each recipient's invite names every attendee
    texts.forEach(text -> assertThat(text).contains("Amira Khan", "Tom O'Neill", "Rhys Evans"));
    // the two English readers share one written invite; the Welsh reader's is written apart
    assertThat(texts.get(1)).isSameAs(texts.get(0));
    assertThat(texts.get(2)).isNotSameAs(texts.get(0));
    // a recipient's language is looked up once, and an attendee's name once per language
    verify(directory, times(1 + 2)).find("e-1");
  }

  private void employee(String id, String name, Locale language) {
    when(directory.find(id)).thenReturn(Optional.of(
        new Employee(id, name, 5, "Band 5", "HR", null, true).withLocale(language)));
  }
}
