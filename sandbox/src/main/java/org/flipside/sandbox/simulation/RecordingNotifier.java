package org.flipside.sandbox.simulation;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flipside.spi.Notification;
import org.flipside.spi.Notifier;

/**
 * The sandbox's notification channel: instead of sending mail it counts each delivery by topic, and
 * remembers who received something since the simulation last looked, so it knows whose inbox to
 * check.
 */
public final class RecordingNotifier implements Notifier {

  private final SortedMap<String, Integer> perTopic = new TreeMap<>();
  private final SortedSet<String> recentRecipients = new TreeSet<>();
  private final Map<String, SortedSet<String>> recipientsByTopic = new TreeMap<>();
  private int total;

  @Override
  public synchronized void deliver(Notification notification) {
    perTopic.merge(notification.topic(), 1, Integer::sum);
    recentRecipients.add(notification.recipientId());
    recipientsByTopic.computeIfAbsent(notification.topic(), topic -> new TreeSet<>()).add(notification.recipientId());
    total++;
  }

  /** How many notifications went out. */
  public synchronized int total() {
    return total;
  }

  /** How many notifications of one topic went out. */
  public synchronized int count(String topic) {
    return perTopic.getOrDefault(topic, 0);
  }

  /** Deliveries per topic, in topic order. */
  public synchronized SortedMap<String, Integer> countsByTopic() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(perTopic));
  }

  /** Everyone who received a notification of one topic, in id order. */
  public synchronized SortedSet<String> recipientsOf(String topic) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(recipientsByTopic.getOrDefault(topic, new TreeSet<>())));
  }

  /** Whether the employee received a notification of this topic; unlike {@link #recipientsOf} it copies nothing. */
  public synchronized boolean hasReceived(String topic, String recipientId) {
    SortedSet<String> recipients = recipientsByTopic.get(topic);
    return recipients != null && recipients.contains(recipientId);
  }

  /** Who received a notification since the last call, in id order; forgets them. */
  public synchronized SortedSet<String> takeRecentRecipients() {
    SortedSet<String> recipients = new TreeSet<>(recentRecipients);
    recentRecipients.clear();
    return recipients;
  }
}
