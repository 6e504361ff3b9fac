package org.flipside.internal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.flipside.model.OutboundChannel;
import org.junit.jupiter.api.Test;

class MicrometerMetersTest {

  private final FlipsideMeters meters = new FlipsideMeters();
  private final MicrometerMeters publication = new MicrometerMeters(meters);
  private final AtomicLong openTasks = new AtomicLong(3);

  @Test
  void aRegistryBoundLateSeesEveryFigureSinceFlipsideStarted() {
    meters.taskCompleted();
    meters.taskCompleted();
    meters.jobFailed();
    meters.delivered(OutboundChannel.NOTIFICATION, Duration.ofSeconds(30));
    meters.delivered(OutboundChannel.NOTIFICATION, Duration.ofSeconds(90));
    meters.readings(openTasks::get, () -> 1, Map.of(OutboundChannel.CALENDAR_INVITE, () -> 4));

    SimpleMeterRegistry host = new SimpleMeterRegistry();
    publication.bindTo(host);

    assertThat(host.get(FlipsideMeters.TASKS_COMPLETED).functionCounter().count()).isEqualTo(2);
    assertThat(host.get(FlipsideMeters.JOB_FAILURES).functionCounter().count()).isEqualTo(1);
    assertThat(host.get(FlipsideMeters.JOBS_FAILED).gauge().value()).isEqualTo(1);
    assertThat(host.get(FlipsideMeters.MESSAGES_WAITING).tag(FlipsideMeters.CHANNEL, "calendar-invite").gauge().value())
        .isEqualTo(4);
    var notifications = host.get(FlipsideMeters.MESSAGES_DELIVERY).tag(FlipsideMeters.CHANNEL, "notification")
        .functionTimer();
    assertThat(notifications.count()).isEqualTo(2);
    assertThat(notifications.mean(TimeUnit.SECONDS)).isEqualTo(60);

    openTasks.set(5);
    meters.taskCompleted();
    assertThat(host.get(FlipsideMeters.TASKS_OPEN).gauge().value()).as("read when published").isEqualTo(5);
    assertThat(host.get(FlipsideMeters.TASKS_COMPLETED).functionCounter().count()).isEqualTo(3);
  }

  @Test
  void aFigureTheDatabaseCannotGiveNowIsNoValueRatherThanAFailure() {
    meters.readings(() -> {
      throw new IllegalStateException("the database is down");
    }, () -> 0, Map.of());
    SimpleMeterRegistry host = new SimpleMeterRegistry();
    publication.bindTo(host);

    assertThat(host.get(FlipsideMeters.TASKS_OPEN).gauge().value()).isNaN();
  }

  @Test
  void whenFlipsideStopsItsMetersLeaveTheHostsRegistryAndOnlyThem() {
    SimpleMeterRegistry host = new SimpleMeterRegistry();
    host.counter("host.own").increment();
    meters.readings(openTasks::get, () -> 0, Map.of());
    publication.bindTo(host);
    assertThat(host.getMeters()).hasSizeGreaterThan(1);

    publication.close();

    assertThat(host.getMeters()).singleElement().satisfies(meter -> assertThat(meter.getId().getName())
        .isEqualTo("host.own"));
  }
}
