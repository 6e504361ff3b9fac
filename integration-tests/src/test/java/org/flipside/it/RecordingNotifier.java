package org.flipside.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.flipside.spi.Notification;
import org.flipside.spi.Notifier;

/** Keeps every delivered message, for the tests to read; can be taken down like a host's service. */
final class RecordingNotifier implements Notifier {

  private final List<Notification> delivered = new CopyOnWriteArrayList<>();
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicInteger refused = new AtomicInteger();

  @Override
  public void deliver(Notification notification) {
    if (down.get()) {
      refused.incrementAndGet();
      throw new IllegalStateException("the host's messaging service is down");
    }
    delivered.add(notification);
  }

  void goDown() {
    down.set(true);
  }

  void comeBack() {
    down.set(false);
  }

  /** How many deliveries were refused while down. */
  int refused() {
    return refused.get();
  }

  List<Notification> delivered() {
    return List.copyOf(delivered);
  }

  List<String> recipientsOf(String topic) {
    return delivered.stream().filter(n -> n.topic().equals(topic)).map(Notification::recipientId).sorted().toList();
  }
}
