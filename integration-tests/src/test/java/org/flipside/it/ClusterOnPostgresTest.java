package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.flipside.api.Actor;
import org.flipside.api.Flipside;
import org.flipside.api.OpenTask;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.embed.EmbeddedFlipside;
import org.flipside.embed.FlipsideSettings;
import org.flipside.embed.JobExecutorSettings;
import org.flipside.sandbox.host.SandboxKeys;
import org.flipside.sandbox.simulation.SimulatedClock;
import org.flipside.spi.Notification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Flipside as a homogeneous cluster on one PostgreSQL schema: nodes (here instances in one JVM, each with a pool of
 * its own) that start at the same moment on an empty schema all come up, and nodes whose job executors share the
 * timed work run each job once, lose no step, fail no job, deliver no message twice, and finish the work of a node
 * that stops while the clock has just made it due.
 */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class ClusterOnPostgresTest {

  private static final int NODES_STARTING_TOGETHER = 3;
  private static final int PROGRAMMES = 5;
  /** Short, so a stopped node's jobs are soon taken by the others. */
  private static final JobExecutorSettings QUICK_JOBS =
      new JobExecutorSettings(Duration.ofSeconds(3), 2, 1, Duration.ofMillis(200));
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void nodesStartedTogetherOnAnEmptySchemaAllComeUpAndDeployOnce() throws Exception {
    try (TestDatabase database = TestDatabase.postgres()) {
      List<HikariDataSource> pools = new ArrayList<>();
      List<CompletableFuture<Flipside>> nodes = new ArrayList<>();
      CyclicBarrier together = new CyclicBarrier(NODES_STARTING_TOGETHER);
      ExecutorService starters = Executors.newFixedThreadPool(NODES_STARTING_TOGETHER);
      FlipsideHost reference = null;
      try {
        for (int node = 0; node < NODES_STARTING_TOGETHER; node++) {
          HikariDataSource pool = database.anotherPool();
          pools.add(pool);
          nodes.add(CompletableFuture.supplyAsync(() -> {
            await(together);
            return EmbeddedFlipside.start(settingsOn(pool, false));
          }, starters));
        }
        List<Throwable> failures = new ArrayList<>();
        for (CompletableFuture<Flipside> node : nodes) {
          node.handle((started, failed) -> failed == null || failures.add(failed)).get(2, TimeUnit.MINUTES);
        }
        assertThat(failures).as("nodes that failed to start").isEmpty();
        assertThat(database.count("act_re_deployment", "name_ = 'flipside'"))
            .as("Flipside's own processes, deployed by the first node only").isEqualTo(1);
        // a node that joins later finds everything in place, and the cluster serves a programme
        reference = new FlipsideHost(database);
        reference.createPilot();
        assertThat(nodes.get(1).get().inbox().openTasks(Actor.of(TestOrganisation.HR))).hasSize(1);
      } finally {
        for (CompletableFuture<Flipside> node : nodes) {
          node.thenAccept(Flipside::close);
        }
        starters.shutdown();
        if (reference != null) {
          reference.flipside.close();
        }
        pools.forEach(HikariDataSource::close);
      }
    }
  }

  @Test
  void jobExecutorsShareTheTimedWorkAndFinishTheWorkOfANodeThatStops() throws Exception {
    FlipsideHost first = new FlipsideHost(TestDatabase.postgres(),
        settings -> EmbeddedFlipside.start(withJobExecutor(settings)));
    HikariDataSource secondPool = first.database.anotherPool();
    Flipside second = EmbeddedFlipside.start(withJobExecutor(new FlipsideSettings(secondPool,
        first.organisation, first.notifier, first.calendar, first.clock, true, SandboxKeys.reflectionKey(),
        first.learning)));
    try {
      // both nodes running: recruitment opens and, with nobody applying, each window's timer asks HR what next
      openRecruitment(first, PROGRAMMES);
      first.clock.advance(Duration.ofDays(15));
      awaitThinRecruitmentDecisions(first);

      // HR extends every window; the second node stops just as the extended windows fall due, and once its locks
      // have expired the first node takes whatever it had locked
      for (OpenTask decision : first.tasks(TestOrganisation.HR, Forms.THIN_RECRUITMENT)) {
        first.flipside.inbox().complete(Actor.of(TestOrganisation.HR), decision.id(),
            Map.of(Vars.DECISION.name(), "extend", Vars.EXTRA_DAYS.name(), 7));
      }
      first.clock.advance(Duration.ofDays(8));
      Thread.sleep(QUICK_JOBS.idleWait().toMillis() * 3);
      second.close();
      second = null;
      first.clock.advance(QUICK_JOBS.lockTime().multipliedBy(2));
      awaitThinRecruitmentDecisions(first);

      assertThat(first.database.count("act_hi_job_log", "job_state_ = 1")).as("failed job runs").isZero();
      assertThat(first.database.count("act_ru_incident")).as("incidents").isZero();
      assertThat(first.database.count(
          "(select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1) as twice"))
          .as("jobs run to success more than once").isZero();
      assertThat(first.database.count("act_hi_job_log", "job_state_ = 2 and act_id_ = 'ApplicationWindowCloses'"))
          .as("window timers run, two per programme").isEqualTo(2L * PROGRAMMES);
      List<String> deliveries = first.notifier.delivered().stream().map(Notification::id).toList();
      assertThat(deliveries).as("messages delivered").isNotEmpty().doesNotHaveDuplicates();
    } finally {
      if (second != null) {
        second.close();
      }
      secondPool.close();
      first.close();
    }
  }

  /** Creates, scopes and signs off programmes one after another, so recruitment opens with a window timer each. */
  private static void openRecruitment(FlipsideHost host, int programmes) {
    for (int k = 0; k < programmes; k++) {
      host.createPilot();
      host.complete(TestOrganisation.HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
      host.complete(TestOrganisation.CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    }
  }

  /** Waits until HR has one decision on thin recruitment for every programme: none lost, none twice. */
  private static void awaitThinRecruitmentDecisions(FlipsideHost host) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    int found = 0;
    while (System.nanoTime() < deadline && found < PROGRAMMES) {
      Thread.sleep(250);
      found = host.tasks(TestOrganisation.HR, Forms.THIN_RECRUITMENT).size();
    }
    // a job run twice would show as a second decision for the same programme
    Thread.sleep(QUICK_JOBS.idleWait().toMillis() * 3);
    assertThat(host.tasks(TestOrganisation.HR, Forms.THIN_RECRUITMENT)).as("decisions after the windows closed")
        .hasSize(PROGRAMMES);
  }

  private static FlipsideSettings withJobExecutor(FlipsideSettings settings) {
    return new FlipsideSettings(settings.dataSource(), settings.directory(), settings.notifier(), settings.calendar(),
        settings.clock(), true, settings.reflectionKey(), settings.learningRecords(), QUICK_JOBS);
  }

  private static FlipsideSettings settingsOn(HikariDataSource pool, boolean backgroundJobs) {
    return new FlipsideSettings(pool, new TestOrganisation(), new RecordingNotifier(), new RecordingCalendar(),
        new SimulatedClock(FlipsideHost.START), backgroundJobs);
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(1, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException("the nodes did not get to start together", e);
    }
  }
}
