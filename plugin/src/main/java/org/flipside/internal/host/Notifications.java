package org.flipside.internal.host;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.notification.Message;
import org.flipside.internal.notification.NotificationTemplates;
import org.flipside.internal.notification.Wording;
import org.flipside.model.CalendarEntry;
import org.flipside.model.InviteMethod;
import org.flipside.model.OutboundMessage;
import org.flipside.model.RecognitionEntry;
import org.flipside.model.repository.OutboundMessageRepository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues messages, calendar invites and recognition records for employees in the transaction of the step that decided
 * them, and hands them to the {@link Postman} once that transaction has committed: a rolled-back
 * step tells nobody, and whatever the host cannot take yet waits in the database.
 */
public final class Notifications {

  private final OutboundMessageRepository outbox;
  private final Clock clock;
  private final Postman postman;
  private final CalendarInvites invites;
  private final Directory directory;

  /**
   * Notifications and invites kept in the outbox and delivered by the postman; invites and recognition records are
   * written in the language the directory gives each recipient.
   */
  public Notifications(OutboundMessageRepository outbox, Clock clock, Postman postman, CalendarInvites invites,
      Directory directory) {
    this.outbox = outbox;
    this.clock = clock;
    this.postman = postman;
    this.invites = invites;
    this.directory = directory;
  }

  /**
   * Queues a message of one of Flipside's topics, kept as its parameters and written in the recipient's language
   * when it goes out, after the current transaction commits.
   *
   * @throws IllegalArgumentException when the message lacks a parameter its text needs
   */
  public void send(String recipientId, Message message) {
    NotificationTemplates.check(message);
    queue(new OutboundMessage(recipientId, message.topic().topic(), message.parameters(), clock.instant()));
  }

  /**
   * Queues a message as someone wrote it, such as a process owner's own notification; it goes out after the
   * current transaction commits.
   */
  public void sendAsWritten(String recipientId, String topic, String subject, String body) {
    queue(new OutboundMessage(recipientId, topic, subject, body, clock.instant()));
  }

  /**
   * Queues the invite to the event, naming all its attendees, for each of the recipients; it goes out after the
   * current transaction commits. Sent again with a higher sequence, it replaces the earlier revision.
   */
  public void invite(Collection<String> recipientIds, String topic, CalendarEvent event) {
    queue(recipientIds, topic, event, InviteMethod.REQUEST, reader -> invites.request(event, reader));
  }

  /**
   * Queues the invite to a recurring event, such as a pair's protected time, for each of the recipients; it goes out
   * after the current transaction commits.
   *
   * @param rule the RFC 5545 recurrence rule's value
   */
  public void inviteRecurring(Collection<String> recipientIds, String topic, CalendarEvent event, String rule) {
    queue(recipientIds, topic, event, InviteMethod.REQUEST, reader -> invites.recurringRequest(event, reader, rule));
  }

  /** Queues the event's cancellation for each of the recipients; it goes out after the current transaction commits. */
  public void cancel(Collection<String> recipientIds, String topic, CalendarEvent event) {
    queue(recipientIds, topic, event, InviteMethod.CANCEL, reader -> invites.cancel(event, reader));
  }

  private void queue(Collection<String> recipientIds, String topic, CalendarEvent event, InviteMethod method,
      Function<Locale, String> iCalendar) {
    // every recipient's invite names every attendee: written once per language, not once per recipient, an event
    // for the whole cohort costs as many attendee lines as it has, not their square
    Map<Locale, String> written = new HashMap<>();
    for (String recipientId : recipientIds) {
      Locale reader = directory.localeOf(recipientId);
      CalendarEntry entry = new CalendarEntry(event.uid(), event.start(), event.end(), event.location().in(reader),
          written.computeIfAbsent(reader, iCalendar), method, event.sequence());
      queue(new OutboundMessage(recipientId, topic, event.summary().in(reader), event.description().in(reader), entry,
          clock.instant()));
    }
  }

  /**
   * Queues a recognition record for the host's learning system, written in the employee's language; it goes out
   * after the current transaction commits.
   */
  public void recognise(String employeeId, Wording title, Wording description, RecognitionEntry entry) {
    Locale reader = directory.localeOf(employeeId);
    queue(new OutboundMessage(employeeId, NotificationTopics.MENTOR_RECOGNITION,
        title.in(reader), description.in(reader), entry, clock.instant()));
  }

  private void queue(OutboundMessage message) {
    outbox.add(message);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<String> queued = (List<String>) TransactionSynchronizationManager.getResource(this);
    if (queued == null) {
      // one delivery round per transaction, however many messages it queued: the postman delivers what it queued,
      // known here, without a transaction of its own to look for them
      List<String> ids = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, ids);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(Notifications.this);
          if (status == STATUS_COMMITTED) {
            postman.deliver(ids);
          }
        }
      });
      queued = ids;
    }
    queued.add(message.getId());
  }
}
