package org.flipside.it;

import java.util.List;
import org.flipside.spi.Notification;
import org.flipside.spi.Notifier;

/** Keeps every delivered message, for the tests to read; can be taken down like a host's service. */
final class RecordingNotifier extends RecordingHostService<Notification> implements Notifier {

  RecordingNotifier() {
    super("messaging service");
  }

  @Override
  public void deliver(Notification notification) {
    record(notification);
  }

  List<String> recipientsOf(String topic) {
    return delivered().stream().filter(n -> n.topic().equals(topic)).map(Notification::recipientId).sorted().toList();
  }
}
