package org.flipside.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flipside.spi.Notification;
import org.flipside.spi.Notifier;

/** Keeps every delivered message, for the tests to read. */
final class RecordingNotifier implements Notifier {

  private final List<Notification> delivered = new CopyOnWriteArrayList<>();

  @Override
  public void deliver(Notification notification) {
    delivered.add(notification);
  }

  List<Notification> delivered() {
    return List.copyOf(delivered);
  }

  List<String> recipientsOf(String topic) {
    return delivered.stream().filter(n -> n.topic().equals(topic)).map(Notification::recipientId).sorted().toList();
  }
}
