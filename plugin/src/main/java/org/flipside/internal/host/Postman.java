package org.flipside.internal.host;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.internal.notification.NotificationRenderer;
import org.flipside.internal.notification.NotificationRenderer.Rendered;
import org.flipside.model.CalendarEntry;
import org.flipside.model.OutboundChannel;
import org.flipside.model.OutboundMessage;
import org.flipside.model.RecognitionEntry;
import org.flipside.model.repository.OutboundMessageRepository;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.CalendarInvite;
import org.flipside.spi.Notification;
import org.flipside.spi.NotificationTopic;
import org.flipside.spi.Notifier;
import org.flipside.spi.Recognition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued messages to the host's notifier, queued invites to its calendar gateway and queued recognition records
 * to its learning system, in groups of up to {@value #GROUP}: each group in a transaction of its own that locks its
 * messages with one statement, skipping any another node or thread holds, hands them over in order and marks each one
 * delivered, or failed and tried again later, before one commit. A message the host refuses holds up neither the rest
 * of its group nor anything that goes to another service.
 *
 * <p>Nothing is lost: a message is marked delivered only in the transaction that handed it over, so one whose mark
 * did not commit is sent again. That is the price of the group: if the node dies or the commit fails after the host
 * took some of a group's messages, those go again, at most a group's worth, with the same ids, which is why every
 * message the host is given carries a unique id it can ignore a second copy by.
 */
public final class Postman {

  private static final Logger LOG = LoggerFactory.getLogger(Postman.class);
  /** At most this many messages in a round: a step's own, or what is due. */
  private static final int BATCH = 200;
  /**
   * The most messages a transaction delivers, and so the most a crash or a failed commit sends again: enough that a
   * transaction's cost is shared twentyfold, few enough that the locks are held only for a few hand-overs.
   */
  public static final int GROUP = 20;

  private final OutboundMessageRepository outbox;
  private final Notifier notifier;
  private final CalendarGateway calendar;
  private final LearningSystem learning;
  private final NotificationRenderer renderer;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final TransactionTemplate reads;
  private final Receipts receipts;

  /** Told of each delivery the host took or refused, for Flipside's health and metrics. */
  public interface Receipts {

    /** The host took a message of the channel, this long after it was queued. */
    void taken(OutboundChannel channel, Duration sinceQueued);

    /** The host refused a message of the channel. */
    void refused(OutboundChannel channel, RuntimeException failure);
  }

  /**
   * A postman for the host's notifier, calendar gateway and learning system, writing Flipside's notifications with
   * the renderer as it delivers them, telling the receipts of each; its deliveries never join a caller's transaction.
   */
  public Postman(OutboundMessageRepository outbox, Notifier notifier, CalendarGateway calendar,
      LearningSystem learning, NotificationRenderer renderer, Clock clock,
      PlatformTransactionManager transactionManager, Receipts receipts) {
    this.outbox = outbox;
    this.receipts = receipts;
    this.renderer = renderer;
    this.notifier = notifier;
    this.calendar = calendar;
    this.learning = learning;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.reads = new TransactionTemplate(transactionManager);
  }

  /**
   * Delivers what is due, group by group, up to a round's worth; returns how many the host accepted. A message the
   * host refuses in this round is due again only later, so no group takes it twice.
   */
  public int deliverDue() {
    NotificationRenderer round = renderer.forOneRound();
    int delivered = 0;
    for (int taken = 0; taken < BATCH; taken += GROUP) {
      Group group = transactions.execute(status -> deliver(outbox.lockDue(clock.instant(), GROUP), round));
      delivered += group.accepted();
      if (group.size() < GROUP) {
        break;
      }
    }
    return delivered;
  }

  /**
   * Delivers the messages with these ids that are still waiting, such as those a step queued and has just committed,
   * without first looking for what is due; at most a round's worth, as {@link #deliverDue} would, so a step that
   * asked a whole cohort does not hold its caller for every delivery. Whatever else waits goes with the next round.
   * They go in the order given, group by group.
   *
   * @return how many the host accepted
   */
  public int deliver(List<String> ids) {
    NotificationRenderer round = renderer.forOneRound();
    List<String> due = ids.subList(0, Math.min(ids.size(), BATCH));
    int delivered = 0;
    for (int from = 0; from < due.size(); from += GROUP) {
      List<String> group = due.subList(from, Math.min(due.size(), from + GROUP));
      delivered += transactions.execute(status -> deliver(outbox.lockForDelivery(group).stream()
          .sorted(Comparator.comparingInt(message -> group.indexOf(message.getId()))).toList(), round)).accepted();
    }
    return delivered;
  }

  /** When the next undelivered message is due, if any waits; read in the caller's transaction, if it has one. */
  public Optional<Instant> nextAttemptAt() {
    return reads.execute(status -> outbox.nextAttemptAt());
  }

  /** Hands each locked message over in turn, marking it delivered or failed; the caller's commit keeps the marks. */
  private Group deliver(List<OutboundMessage> locked, NotificationRenderer round) {
    int accepted = 0;
    for (OutboundMessage message : locked) {
      if (deliver(message, round)) {
        accepted++;
      }
    }
    return new Group(locked.size(), accepted);
  }

  private boolean deliver(OutboundMessage message, NotificationRenderer round) {
    try {
      handOver(message, round);
      message.delivered(clock.instant());
      receipts.taken(message.getChannel(), Duration.between(message.getCreatedAt(), message.getDeliveredAt()));
      return true;
    } catch (RuntimeException e) {
      receipts.refused(message.getChannel(), e);
      message.failed(clock.instant(), e.toString());
      LOG.warn("The host's {} could not take '{}' for {} (attempt {}); trying again at {}: {}",
          serviceFor(message), message.getTopic(), message.getRecipientId(), message.getAttempts(),
          message.getNextAttemptAt(), e.getMessage());
      return false;
    }
  }

  /** How many messages a group locked, and how many of them the host accepted. */
  private record Group(int size, int accepted) {}

  private void handOver(OutboundMessage message, NotificationRenderer round) {
    switch (message.getChannel()) {
      case NOTIFICATION -> notifier.deliver(notification(message, round));
      case CALENDAR_INVITE -> {
        CalendarEntry entry = message.getCalendarEntry();
        calendar.deliver(new CalendarInvite(message.getId(), message.getRecipientId(), entry.getEventUid(),
            message.getSubject(), entry.getStartsAt(), entry.getEndsAt(), entry.getLocation(), entry.getICalendar(),
            CalendarInvite.Method.valueOf(entry.getMethod().name()), entry.getSequence()));
      }
      case LEARNING_RECORD -> {
        RecognitionEntry entry = message.getRecognitionEntry();
        learning.record(new Recognition(message.getId(), message.getRecipientId(), entry.getProgrammeId(),
            entry.getProgrammeName(), entry.getRole(), entry.getPeriodFrom(), entry.getPeriodTo(),
            entry.getSessionsHeld(), message.getSubject(), message.getBody()));
      }
    }
  }

  /** A templated notification written now in its recipient's language, or a written one as it was written. */
  private Notification notification(OutboundMessage message, NotificationRenderer round) {
    if (!message.isTemplated()) {
      return new Notification(message.getId(), message.getRecipientId(), message.getTopic(), message.getSubject(),
          message.getBody(), Map.of(), round.languageOf(message.getRecipientId()));
    }
    NotificationTopic topic = NotificationTopic.of(message.getTopic())
        .orElseThrow(() -> new IllegalStateException("no template for the topic " + message.getTopic()));
    Rendered text = round.render(message.getRecipientId(), topic, message.getParameters());
    return new Notification(message.getId(), message.getRecipientId(), message.getTopic(), text.subject(),
        text.body(), message.getParameters(), text.locale());
  }

  private static String serviceFor(OutboundMessage message) {
    return switch (message.getChannel()) {
      case NOTIFICATION -> "notifier";
      case CALENDAR_INVITE -> "calendar gateway";
      case LEARNING_RECORD -> "learning system";
    };
  }
}
