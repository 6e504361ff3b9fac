package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A message for an employee, kept until the host has accepted it. It is written in the same
 * transaction as the step that decided it, so a rolled-back step sends nothing and a host that is
 * down loses nothing: delivery is retried, with a growing pause, until it succeeds.
 *
 * <p>A message is a notification, or a calendar invite whose subject is the event's title, whose
 * body is its description and whose {@link CalendarEntry} holds the rest, or a recognition record
 * for the host's learning system whose subject is its title, whose body is its description and whose
 * {@link RecognitionEntry} holds the rest.
 *
 * <p>A notification from Flipside's own processes keeps no text: only its topic's parameters, ids and values, and
 * is rendered in the recipient's language when it is delivered. A process owner's own message keeps the subject and
 * body they wrote.
 */
@Entity
@Table(name = "fs_outbound_message")
public class OutboundMessage {

  private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 20)
  private OutboundChannel channel;

  @Embedded
  private CalendarEntry calendarEntry;

  @Embedded
  private RecognitionEntry recognitionEntry;

  @Column(name = "recipient_id", nullable = false)
  private String recipientId;

  @Column(name = "topic", nullable = false, length = 100)
  private String topic;

  @Column(name = "subject", length = 1000)
  private String subject;

  @Column(name = "body", length = 4000)
  private String body;

  /** The parameters of a templated notification, as {@code key=value&...} with both sides URL-encoded. */
  @Column(name = "parameters")
  private String parameters;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected OutboundMessage() {
  }

  /** A notification with the text it was written with, due for delivery now. */
  public OutboundMessage(String recipientId, String topic, String subject, String body, Instant createdAt) {
    this(OutboundChannel.NOTIFICATION, null, recipientId, topic, Objects.requireNonNull(subject, "subject"),
        Objects.requireNonNull(body, "body"), createdAt);
  }

  /** A notification rendered from its topic's template and these parameters when it is delivered, due now. */
  public OutboundMessage(String recipientId, String topic, Map<String, String> parameters, Instant createdAt) {
    this(OutboundChannel.NOTIFICATION, null, recipientId, topic, null, null, createdAt);
    this.parameters = new TreeMap<>(parameters).entrySet().stream()
        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** A calendar invite due for delivery now. */
  public OutboundMessage(String recipientId, String topic, String summary, String description, CalendarEntry entry,
      Instant createdAt) {
    this(OutboundChannel.CALENDAR_INVITE, Objects.requireNonNull(entry, "entry"), recipientId, topic,
        Objects.requireNonNull(summary, "summary"), Objects.requireNonNull(description, "description"), createdAt);
  }

  /** A recognition record due for delivery now. */
  public OutboundMessage(String recipientId, String topic, String title, String description, RecognitionEntry entry,
      Instant createdAt) {
    this(OutboundChannel.LEARNING_RECORD, null, recipientId, topic, Objects.requireNonNull(title, "title"),
        Objects.requireNonNull(description, "description"), createdAt);
    this.recognitionEntry = Objects.requireNonNull(entry, "entry");
  }

  private OutboundMessage(OutboundChannel channel, CalendarEntry calendarEntry, String recipientId, String topic,
      String subject, String body, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.channel = channel;
    this.calendarEntry = calendarEntry;
    this.recipientId = Objects.requireNonNull(recipientId, "recipientId");
    this.topic = Objects.requireNonNull(topic, "topic");
    this.subject = subject;
    this.body = body;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.nextAttemptAt = createdAt;
  }

  /** The host accepted the message. */
  public void delivered(Instant at) {
    this.attempts++;
    this.deliveredAt = at;
    this.lastError = null;
  }

  /** The host could not take the message: try again later, waiting twice as long each time, up to an hour. */
  public void failed(Instant at, String error) {
    this.attempts++;
    Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
    this.nextAttemptAt = at.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
  }

  public String getId() {
    return id;
  }

  public OutboundChannel getChannel() {
    return channel;
  }

  /** The event and its iCalendar text; {@code null} unless the message is a calendar invite. */
  public CalendarEntry getCalendarEntry() {
    return calendarEntry;
  }

  /** The recognition's details; {@code null} unless the message is a recognition record. */
  public RecognitionEntry getRecognitionEntry() {
    return recognitionEntry;
  }

  public String getRecipientId() {
    return recipientId;
  }

  public String getTopic() {
    return topic;
  }

  /** The subject as written; {@code null} for a templated notification. */
  public String getSubject() {
    return subject;
  }

  /** The body as written; {@code null} for a templated notification. */
  public String getBody() {
    return body;
  }

  /** Whether the message is rendered from its topic's template when it is delivered. */
  public boolean isTemplated() {
    return parameters != null;
  }

  /** The parameters of a templated notification, by name; empty for any other message. */
  public Map<String, String> getParameters() {
    if (parameters == null || parameters.isEmpty()) {
      return Map.of();
    }
    return Arrays.stream(parameters.split("&")).map(pair -> pair.split("=", 2))
        .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair[1]), (a, b) -> b, TreeMap::new));
  }

  /** A parameter's name or value as {@link #getParameters} stores it, so a query can look for one. */
  public static String encoded(String text) {
    return encode(text);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public String getLastError() {
    return lastError;
  }
}
