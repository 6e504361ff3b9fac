package org.flipside.internal.operations;

import java.time.Duration;
import java.util.Map;
import org.flipside.api.OperationalComponent;
import org.flipside.internal.host.Postman;
import org.flipside.model.OutboundChannel;

/** What the postman tells of each delivery goes to the health check's watch and to the metrics. */
public final class DeliveryReceipts implements Postman.Receipts {

  /** The host service each channel delivers to. */
  static final Map<OutboundChannel, OperationalComponent> SERVICES = Map.of(
      OutboundChannel.NOTIFICATION, OperationalComponent.NOTIFIER,
      OutboundChannel.CALENDAR_INVITE, OperationalComponent.CALENDAR,
      OutboundChannel.LEARNING_RECORD, OperationalComponent.LEARNING_RECORDS);

  private final HostServiceWatch watch;
  private final FlipsideMeters meters;

  public DeliveryReceipts(HostServiceWatch watch, FlipsideMeters meters) {
    this.watch = watch;
    this.meters = meters;
  }

  @Override
  public void taken(OutboundChannel channel, Duration sinceQueued) {
    watch.answered(SERVICES.get(channel));
    meters.delivered(channel, sinceQueued);
  }

  @Override
  public void refused(OutboundChannel channel, RuntimeException failure) {
    watch.failed(SERVICES.get(channel), failure);
  }

  /** The channel that delivers to the host service. */
  static OutboundChannel channelTo(OperationalComponent service) {
    return SERVICES.entrySet().stream().filter(entry -> entry.getValue() == service).findFirst().orElseThrow()
        .getKey();
  }
}
