package org.flipside.internal.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.flipside.api.DueWork;
import org.flipside.internal.host.Postman;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.privacy.RetentionSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due timers and other jobs on the caller's thread, then hands the host any message it could
 * not take before. Each job commits on its own, as the
 * engine's job executor would; a job that fails is retried later by the engine's retry rules.
 */
final class DueWorkService implements DueWork {

  private static final Logger LOG = LoggerFactory.getLogger(DueWorkService.class);
  private static final int BATCH = 100;

  private final ManagementService management;
  private final Postman postman;
  private final Transactions transactions;
  private final RetentionSweep retention;
  private final EarliestJob earliestJob;

  DueWorkService(ManagementService management, Postman postman, Transactions transactions, RetentionSweep retention,
      EarliestJob earliestJob) {
    this.management = management;
    this.postman = postman;
    this.transactions = transactions;
    this.retention = retention;
    this.earliestJob = earliestJob;
  }

  @Override
  public int runDue() {
    int ran = 0;
    int succeeded;
    // jobs can make more jobs due (a timer leads to the next timer): query again while work succeeds
    do {
      succeeded = (int) dueJobs().stream().filter(this::execute).count();
      ran += succeeded;
    } while (succeeded > 0);
    return ran + postman.deliverDue() + retention.sweep();
  }

  @Override
  public Optional<Instant> nextDueAt() {
    // the three reads share one transaction: a host asks this after every step
    return transactions.inTransaction(() -> Stream.of(earliestJob.dueAt(), postman.nextAttemptAt(),
        retention.nextDueAt()).flatMap(Optional::stream).min(Instant::compareTo));
  }

  private List<Job> dueJobs() {
    return transactions.withPluginClassLoader(() ->
        management.createJobQuery().executable().active().orderByJobDuedate().asc().listPage(0, BATCH));
  }

  private boolean execute(Job job) {
    try {
      transactions.withPluginClassLoader(() -> {
        management.executeJob(job.getId());
        return null;
      });
      return true;
    } catch (RuntimeException e) {
      // with its stack: the engine does not log what its commands throw (see EngineFactory)
      LOG.warn("Timed work {} failed and will be retried", job.getId(), e);
      return false;
    }
  }
}
