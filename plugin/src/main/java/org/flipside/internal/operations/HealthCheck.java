package org.flipside.internal.operations;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.flipside.api.ComponentHealth;
import org.flipside.api.HealthReport;
import org.flipside.api.HealthStatus;
import org.flipside.api.OperationalComponent;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.LearningSystem;
import org.flipside.model.OutboundChannel;
import org.flipside.model.repository.OutboundMessageRepository;
import org.flipside.model.repository.OutboundMessageRepository.Backlog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks each part of Flipside and each host service, and says in plain words how it is: what a host's health check
 * polls. Each check stands alone, so a database that does not answer shows as the database's failure, and the other
 * parts say they could not be checked.
 */
public final class HealthCheck {

  /** Timed work due longer than this and not yet run means the job executor (or the host's scheduler) lags. */
  static final Duration OVERDUE = Duration.ofMinutes(5);
  /** A message waiting longer than this, never refused, means nobody is delivering. */
  static final Duration STALE = Duration.ofMinutes(15);
  private static final int DATABASE_TIMEOUT_SECONDS = 5;
  private static final Logger LOG = LoggerFactory.getLogger(HealthCheck.class);

  private final DataSource dataSource;
  private final ProcessEngine engine;
  private final OutboundMessageRepository outbox;
  private final Transactions transactions;
  private final HostServiceWatch watch;
  private final FailedSteps failedSteps;
  private final LearningSystem learning;
  private final boolean backgroundJobs;
  private final Clock clock;

  public HealthCheck(DataSource dataSource, ProcessEngine engine, OutboundMessageRepository outbox,
      Transactions transactions, HostServiceWatch watch, FailedSteps failedSteps, LearningSystem learning,
      boolean backgroundJobs, Clock clock) {
    this.dataSource = dataSource;
    this.engine = engine;
    this.outbox = outbox;
    this.transactions = transactions;
    this.watch = watch;
    this.failedSteps = failedSteps;
    this.learning = learning;
    this.backgroundJobs = backgroundJobs;
    this.clock = clock;
  }

  /** Every part's health now. */
  public HealthReport check() {
    Instant now = clock.instant();
    List<ComponentHealth> components = new ArrayList<>();
    for (OperationalComponent component : OperationalComponent.values()) {
      components.add(checked(component, now));
    }
    HealthStatus worst = components.stream().map(ComponentHealth::status).reduce(HealthStatus.UP, HealthStatus::worse);
    return new HealthReport(worst, now, components);
  }

  private ComponentHealth checked(OperationalComponent component, Instant now) {
    try {
      return transactions.withPluginClassLoader(() -> switch (component) {
        case ENGINE -> engine();
        case DATABASE -> database();
        case JOB_EXECUTOR -> jobExecutor(now);
        case FAILED_STEPS -> failedSteps();
        case DIRECTORY -> directory();
        case NOTIFIER, CALENDAR, LEARNING_RECORDS -> outbox(component, DeliveryReceipts.channelTo(component), now);
      });
    } catch (RuntimeException e) {
      // the details are for the log: an engine's or a driver's message never reaches the report
      LOG.warn("Flipside's health check could not check the {}", nameOf(component), e);
      return health(component, HealthStatus.DOWN, "Could not be checked; Flipside's log has the details.");
    }
  }

  private ComponentHealth engine() {
    long deployed = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(Processes.LIFECYCLE).count();
    return deployed == 0
        ? health(OperationalComponent.ENGINE, HealthStatus.DOWN, "The programme process is not deployed.")
        : health(OperationalComponent.ENGINE, HealthStatus.UP, "Running.");
  }

  private ComponentHealth database() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(DATABASE_TIMEOUT_SECONDS)
          ? health(OperationalComponent.DATABASE, HealthStatus.UP, "Answering.")
          : health(OperationalComponent.DATABASE, HealthStatus.DOWN,
              "The database did not answer within " + DATABASE_TIMEOUT_SECONDS + " seconds.");
    } catch (Exception e) {
      LOG.warn("Flipside's health check could not reach the database", e);
      return health(OperationalComponent.DATABASE, HealthStatus.DOWN, "The DataSource gave no working connection.");
    }
  }

  private ComponentHealth jobExecutor(Instant now) {
    ManagementService management = engine.getManagementService();
    if (backgroundJobs && !((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor()
        .isActive()) {
      return health(OperationalComponent.JOB_EXECUTOR, HealthStatus.DOWN, "Flipside's job executor is not running.");
    }
    Date overdueBefore = Date.from(now.minus(OVERDUE));
    long overdue = management.createJobQuery().withRetriesLeft().active().duedateLowerThan(overdueBefore).count();
    String runner = backgroundJobs ? "Flipside's job executor" : "The host's scheduler (DueWork.runDue)";
    if (overdue == 0) {
      return health(OperationalComponent.JOB_EXECUTOR, HealthStatus.UP, runner + " keeps up with timed work.");
    }
    Job oldest = management.createJobQuery().withRetriesLeft().active().duedateLowerThan(overdueBefore)
        .orderByJobDuedate().asc().listPage(0, 1).get(0);
    return new ComponentHealth(OperationalComponent.JOB_EXECUTOR, HealthStatus.DEGRADED,
        runner + " has not run " + overdue + " piece(s) of timed work due for more than " + OVERDUE.toMinutes()
            + " minutes.", overdue, oldest.getDuedate().toInstant(), null);
  }

  private ComponentHealth failedSteps() {
    List<Incident> incidents = failedSteps.roots();
    if (incidents.isEmpty()) {
      return health(OperationalComponent.FAILED_STEPS, HealthStatus.UP, "No step waits for a retry.");
    }
    return new ComponentHealth(OperationalComponent.FAILED_STEPS, HealthStatus.DEGRADED, incidents.size()
        + " step(s) failed every attempt and wait for an HR admin to retry them (Operations.incidents).",
        incidents.size(), incidents.get(0).getIncidentTimestamp().toInstant(), null);
  }

  private ComponentHealth directory() {
    OperationalComponent directory = OperationalComponent.DIRECTORY;
    if (watch.failsNow(directory)) {
      return new ComponentHealth(directory, HealthStatus.DOWN,
          "The host's directory failed its last call; steps that need it fail until it answers again.", 0, null,
          watch.lastFailureAt(directory).orElse(null));
    }
    return new ComponentHealth(directory, HealthStatus.UP, "Answering.", 0, null,
        watch.lastFailureAt(directory).orElse(null));
  }

  private ComponentHealth outbox(OperationalComponent service, OutboundChannel channel, Instant now) {
    Backlog backlog = transactions.inTransaction(() -> outbox.backlog().stream()
        .filter(waiting -> waiting.channel() == channel).findFirst().orElse(new Backlog(channel, 0, null, 0)));
    String name = nameOf(service);
    String waiting = backlog.waiting() == 0 ? "nothing waits"
        : backlog.waiting() + " wait(s), the oldest since " + backlog.oldest();
    HealthStatus status = HealthStatus.UP;
    String reason = "Taking deliveries; " + waiting + ".";
    if (service == OperationalComponent.LEARNING_RECORDS && !learning.isOffered()) {
      status = backlog.waiting() == 0 ? HealthStatus.UP : HealthStatus.DEGRADED;
      reason = "The host offers no learning system; " + waiting + " until it does.";
    } else if (watch.failsNow(service) || backlog.refused() > 0) {
      status = HealthStatus.DEGRADED;
      reason = "The host's " + name + " refused deliveries; Flipside tries again (after 30 s, doubling, up to hourly); "
          + waiting + ".";
    } else if (backlog.waiting() > 0 && backlog.oldest().isBefore(now.minus(STALE))) {
      status = HealthStatus.DEGRADED;
      reason = "Nothing was delivered for more than " + STALE.toMinutes() + " minutes; " + waiting + ".";
    }
    return new ComponentHealth(service, status, reason, backlog.waiting(), backlog.oldest(),
        watch.lastFailureAt(service).orElse(null));
  }

  private static ComponentHealth health(OperationalComponent component, HealthStatus status, String reason) {
    return new ComponentHealth(component, status, reason, 0, null, null);
  }

  /** The component in words. */
  static String nameOf(OperationalComponent component) {
    return switch (component) {
      case ENGINE -> "engine";
      case DATABASE -> "database";
      case JOB_EXECUTOR -> "job executor";
      case FAILED_STEPS -> "failed steps";
      case DIRECTORY -> "directory";
      case NOTIFIER -> "notifier";
      case CALENDAR -> "calendar gateway";
      case LEARNING_RECORDS -> "learning system";
    };
  }
}
