package org.flipside.internal.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.flipside.model.OutboundChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flipside's metrics, bound to whichever Micrometer registries the host offers, as a library binds its meters
 * ({@link MeterBinder}): Flipside keeps the figures, each registry reads them when it publishes, so a registry that
 * arrives while Flipside runs (an OSGi service, say) sees every figure since Flipside started, and one that leaves
 * takes Flipside's meters with it.
 */
public final class FlipsideMeters implements MeterBinder, AutoCloseable {

  /** Open tasks in every inbox (gauge). */
  public static final String TASKS_OPEN = "flipside.tasks.open";
  /** Tasks completed on this node (counter). */
  public static final String TASKS_COMPLETED = "flipside.tasks.completed";
  /** Steps whose work failed every attempt and waits for a retry (gauge). */
  public static final String JOBS_FAILED = "flipside.jobs.failed";
  /** Failed attempts at a step's work on this node, each retried or opening an incident (counter). */
  public static final String JOB_FAILURES = "flipside.jobs.failures";
  /** Messages waiting for the host, by channel (gauge). */
  public static final String MESSAGES_WAITING = "flipside.messages.waiting";
  /** From a message's queueing to the host taking it, by channel (timer). */
  public static final String MESSAGES_DELIVERY = "flipside.messages.delivery";
  /** The tag naming a message's channel. */
  public static final String CHANNEL = "channel";

  private static final Logger LOG = LoggerFactory.getLogger(FlipsideMeters.class);

  private final LongAdder tasksCompleted = new LongAdder();
  private final LongAdder jobFailures = new LongAdder();
  private final Map<OutboundChannel, Deliveries> deliveries = new EnumMap<>(OutboundChannel.class);
  private final Map<MeterRegistry, List<Meter>> bound = new ConcurrentHashMap<>();
  private volatile Readings readings;

  public FlipsideMeters() {
    for (OutboundChannel channel : OutboundChannel.values()) {
      deliveries.put(channel, new Deliveries());
    }
  }

  /** The figures read from the database when a registry publishes them; until set, none is published. */
  public void readings(LongSupplier openTasks, LongSupplier failedSteps, Map<OutboundChannel, LongSupplier> waiting) {
    readings = new Readings(openTasks, failedSteps, Map.copyOf(waiting));
  }

  /** The host's registry publishes Flipside's meters from now on. */
  @Override
  public void bindTo(MeterRegistry registry) {
    List<Meter> meters = new ArrayList<>();
    meters.add(FunctionCounter.builder(TASKS_COMPLETED, tasksCompleted, LongAdder::doubleValue)
        .description("Tasks completed on this node").register(registry));
    meters.add(FunctionCounter.builder(JOB_FAILURES, jobFailures, LongAdder::doubleValue)
        .description("Failed attempts at a step's work on this node").register(registry));
    deliveries.forEach((channel, delivered) -> meters.add(FunctionTimer.builder(MESSAGES_DELIVERY, delivered,
            Deliveries::count, Deliveries::totalMillis, TimeUnit.MILLISECONDS)
        .tags(Tags.of(CHANNEL, tagOf(channel))).description("From a message's queueing to the host taking it")
        .register(registry)));
    Readings figures = readings;
    if (figures != null) {
      meters.add(gauge(registry, TASKS_OPEN, "Open tasks in every inbox", figures.openTasks(), Tags.empty()));
      meters.add(gauge(registry, JOBS_FAILED, "Steps whose work failed every attempt, waiting for a retry",
          figures.failedSteps(), Tags.empty()));
      figures.waiting().forEach((channel, count) -> meters.add(gauge(registry, MESSAGES_WAITING,
          "Messages waiting for the host", count, Tags.of(CHANNEL, tagOf(channel)))));
    }
    bound.put(registry, meters);
  }

  private static Gauge gauge(MeterRegistry registry, String name, String description, LongSupplier reading,
      Tags tags) {
    return Gauge.builder(name, reading, FlipsideMeters::read).description(description).tags(tags)
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

  /** The host's registry leaves, or Flipside stops: Flipside's meters leave the registry. */
  public void unbind(MeterRegistry registry) {
    List<Meter> meters = bound.remove(registry);
    if (meters != null) {
      meters.forEach(registry::remove);
    }
  }

  void taskCompleted() {
    tasksCompleted.increment();
  }

  void jobFailed() {
    jobFailures.increment();
  }

  void delivered(OutboundChannel channel, Duration sinceQueued) {
    deliveries.get(channel).record(sinceQueued);
  }

  static String tagOf(OutboundChannel channel) {
    return channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Flipside stops: its meters leave every registry. */
  @Override
  public void close() {
    List.copyOf(bound.keySet()).forEach(this::unbind);
  }

  private record Readings(LongSupplier openTasks, LongSupplier failedSteps, Map<OutboundChannel, LongSupplier> waiting) {}

  /** How many messages of one channel the host took, and how long they waited in all. */
  private static final class Deliveries {
    private final LongAdder count = new LongAdder();
    private final LongAdder totalMillis = new LongAdder();

    void record(Duration waited) {
      count.increment();
      totalMillis.add(waited.toMillis());
    }

    long count() {
      return count.sum();
    }

    double totalMillis() {
      return totalMillis.sum();
    }
  }
}
