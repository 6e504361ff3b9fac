package org.flipside.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.flipside.spi.Notification;
import org.junit.jupiter.api.Test;

class RecordingNotifierTest {

  private final RecordingNotifier notifier = new RecordingNotifier();

  @Test
  void countsDeliveriesPerTopic() {
    notifier.deliver(new Notification("n-1", "emp-2", "invitation-to-apply", "Apply", "Body"));
    notifier.deliver(new Notification("n-2", "emp-1", "invitation-to-apply", "Apply", "Body"));
    notifier.deliver(new Notification("n-3", "emp-1", "match-introduction", "Meet", "Body"));

    assertThat(notifier.total()).isEqualTo(3);
    assertThat(notifier.count("invitation-to-apply")).isEqualTo(2);
    assertThat(notifier.countsByTopic()).containsExactly(
        java.util.Map.entry("invitation-to-apply", 2), java.util.Map.entry("match-introduction", 1));
  }

  @Test
  void handsOverRecentRecipientsOnce() {
    notifier.deliver(new Notification("n-4", "emp-2", "pre-reading", "Read", "Body"));
    notifier.deliver(new Notification("n-5", "emp-1", "pre-reading", "Read", "Body"));

    assertThat(notifier.takeRecentRecipients()).containsExactly("emp-1", "emp-2");
    assertThat(notifier.takeRecentRecipients()).isEmpty();
  }
}
