package org.flipside.internal.operations;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.flipside.model.OutboundChannel;

/**
 * Flipside's metrics as figures Flipside keeps itself, with no metrics library: {@link MicrometerMeters} publishes
 * them to whichever Micrometer registries the host offers, each reading them when it publishes, so a registry that
 * arrives while Flipside runs (an OSGi service, say) sees every figure since Flipside started. Flipside runs the same
 * with no Micrometer at all, as in an OSGi framework without it.
 */
public final class FlipsideMeters {

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

  private final LongAdder tasksCompleted = new LongAdder();
  private final LongAdder jobFailures = new LongAdder();
  private final Map<OutboundChannel, Deliveries> deliveries = new EnumMap<>(OutboundChannel.class);
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

  void taskCompleted() {
    tasksCompleted.increment();
  }

  void jobFailed() {
    jobFailures.increment();
  }

  void delivered(OutboundChannel channel, Duration sinceQueued) {
    deliveries.get(channel).record(sinceQueued);
  }

  LongAdder tasksCompleted() {
    return tasksCompleted;
  }

  LongAdder jobFailures() {
    return jobFailures;
  }

  Map<OutboundChannel, Deliveries> deliveries() {
    return deliveries;
  }

  /** The database's figures, or {@code null} before Flipside's engine runs. */
  Readings readings() {
    return readings;
  }

  static String tagOf(OutboundChannel channel) {
    return channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The figures read from the database. */
  record Readings(LongSupplier openTasks, LongSupplier failedSteps, Map<OutboundChannel, LongSupplier> waiting) {}

  /** How many messages of one channel the host took, and how long they waited in all. */
  static final class Deliveries {
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
