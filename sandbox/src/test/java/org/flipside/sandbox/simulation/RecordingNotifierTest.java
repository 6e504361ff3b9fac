package org.flipside.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.spi.Notification;
import org.junit.jupiter.api.Test;

class RecordingNotifierTest {

  private final RecordingNotifier notifier = new RecordingNotifier();

  @Test
  void countsDeliveriesPerTopic() {
    notifier.deliver(new Notification("n-1", "emp-2", NotificationTopics.INVITATION_TO_APPLY, "Apply", "Body"));
    notifier.deliver(new Notification("n-2", "emp-1", NotificationTopics.INVITATION_TO_APPLY, "Apply", "Body"));
    notifier.deliver(new Notification("n-3", "emp-1", NotificationTopics.MATCH_INTRODUCTION, "Meet", "Body"));

    assertThat(notifier.total()).isEqualTo(3);
    assertThat(notifier.count(NotificationTopics.INVITATION_TO_APPLY)).isEqualTo(2);
    assertThat(notifier.countsByTopic()).containsExactly(
        java.util.Map.entry(NotificationTopics.INVITATION_TO_APPLY, 2), java.util.Map.entry(NotificationTopics.MATCH_INTRODUCTION, 1));
  }

  @Test
  void handsOverRecentRecipientsOnce() {
    notifier.deliver(new Notification("n-4", "emp-2", NotificationTopics.PRE_READING, "Read", "Body"));
    notifier.deliver(new Notification("n-5", "emp-1", NotificationTopics.PRE_READING, "Read", "Body"));

    assertThat(notifier.takeRecentRecipients()).containsExactly("emp-1", "emp-2");
    assertThat(notifier.takeRecentRecipients()).isEmpty();
  }
}
