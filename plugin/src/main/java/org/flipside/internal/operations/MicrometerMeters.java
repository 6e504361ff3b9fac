package org.flipside.internal.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flipside's {@link FlipsideMeters} in the host's Micrometer registries, as a library binds its meters ({@link
 * MeterBinder}): each registry reads the figures when it publishes, and one that leaves, or Flipside stopping, takes
 * Flipside's meters out of it. The only class that needs Micrometer, so Flipside runs without it.
 */
public final class MicrometerMeters implements MeterBinder, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MicrometerMeters.class);

  private final FlipsideMeters figures;
  private final Map<MeterRegistry, List<Meter>> bound = new ConcurrentHashMap<>();

  public MicrometerMeters(FlipsideMeters figures) {
    this.figures = figures;
  }

  /** The host's registry publishes Flipside's meters from now on. */
  @Override
  public void bindTo(MeterRegistry registry) {
    List<Meter> meters = new ArrayList<>();
    meters.add(FunctionCounter.builder(FlipsideMeters.TASKS_COMPLETED, figures.tasksCompleted(),
        LongAdder::doubleValue).description("Tasks completed on this node").register(registry));
    meters.add(FunctionCounter.builder(FlipsideMeters.JOB_FAILURES, figures.jobFailures(), LongAdder::doubleValue)
        .description("Failed attempts at a step's work on this node").register(registry));
    figures.deliveries().forEach((channel, delivered) -> meters.add(FunctionTimer.builder(
            FlipsideMeters.MESSAGES_DELIVERY, delivered, FlipsideMeters.Deliveries::count,
            FlipsideMeters.Deliveries::totalMillis, TimeUnit.MILLISECONDS)
        .tags(Tags.of(FlipsideMeters.CHANNEL, FlipsideMeters.tagOf(channel)))
        .description("From a message's queueing to the host taking it").register(registry)));
    FlipsideMeters.Readings readings = figures.readings();
    if (readings != null) {
      meters.add(gauge(registry, FlipsideMeters.TASKS_OPEN, "Open tasks in every inbox", readings.openTasks(),
          Tags.empty()));
      meters.add(gauge(registry, FlipsideMeters.JOBS_FAILED,
          "Steps whose work failed every attempt, waiting for a retry", readings.failedSteps(), Tags.empty()));
      readings.waiting().forEach((channel, count) -> meters.add(gauge(registry, FlipsideMeters.MESSAGES_WAITING,
          "Messages waiting for the host", count, Tags.of(FlipsideMeters.CHANNEL, FlipsideMeters.tagOf(channel)))));
    }
    bound.put(registry, meters);
  }

  private static Gauge gauge(MeterRegistry registry, String name, String description, LongSupplier reading,
      Tags tags) {
    return Gauge.builder(name, reading, MicrometerMeters::read).description(description).tags(tags)
        .strongReference(true).register(registry);
  }

  /** A reading, or none (NaN, as Micrometer says "no value") when the database cannot answer now. */
  private static double read(LongSupplier reading) {
    try {
      return reading.getAsLong();
    } catch (RuntimeException e) {
      LOG.debug("A metric could not be read now", e);
      return Double.NaN;
    }
  }

  /** The host's registry leaves: Flipside's meters leave it. */
  public void unbind(MeterRegistry registry) {
    List<Meter> meters = bound.remove(registry);
    if (meters != null) {
      meters.forEach(registry::remove);
    }
  }

  /** Flipside stops: its meters leave every registry. */
  @Override
  public void close() {
    List.copyOf(bound.keySet()).forEach(this::unbind);
  }
}
