package org.flipside.it;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flipside.api.Actor;
import org.flipside.api.TaskInbox;
import org.flipside.api.TaskSummary;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * How fast an inbox answers with many tasks open: prints latencies, not a test. It seeds real Flipside tasks
 * through the API, in tranches: programmes whose recruitment is open (each of the many invitees holds one
 * invitation in each) and programmes left at scoping (the HR admin holds one task in each). After each tranche it
 * times {@link TaskInbox#listTasks} (wall and the calling thread's CPU) for the HR admin (one page of up to 500 tasks), for an invitee, and for an
 * employee with an empty inbox, so the output shows how each latency grows with the tasks open.
 *
 * <p>Run on PostgreSQL (the default; {@code -Dflipside.postgres.url=...}) or H2 ({@code h2} as the first argument):
 * <pre>
 * mvn -o -q -pl integration-tests test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.flipside.it.InboxBenchmark -Dexec.args="postgres 5 20 100 100"
 * </pre>
 * The arguments: database, tranches, recruiting programmes a tranche, invitees per programme, programmes at
 * scoping a tranche, and how many programmes are seeded at once (4 unless given). Seeding concurrently, as a host's
 * HR admins would, keeps both the database and the JVM's cores busy: one programme after another spends most of its
 * time waiting for the database.
 */
public final class InboxBenchmark {

  private static final int PAGE = 500;
  private static final int WARM_UP = 20;
  private static final int CALLS = 200;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private InboxBenchmark() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    String database = args.length > 0 ? args[0] : "postgres";
    int tranches = argument(args, 1, 5);
    int recruiting = argument(args, 2, 20);
    int invitees = argument(args, 3, 100);
    int scoping = argument(args, 4, 100);
    int seeders = argument(args, 5, 4);
    int staff = Math.max(0, invitees - 8);
    TestOrganisation organisation = TestOrganisation.withStaff(staff);
    ExecutorService pool = Executors.newFixedThreadPool(seeders);
    try (FlipsideHost host = new FlipsideHost(
        database.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres(), organisation)) {
      System.out.printf("Inbox benchmark on %s, Java %s, %d cores, load average %.2f%n", database,
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load());
      System.out.println("Each column: the employee's tasks listed, then listTasks(0, " + PAGE + ") wall ms p50 / p99 / max"
          + " over " + CALLS + " calls, and the calling thread's CPU ms p50");
      System.out.printf("Seeding %d programmes at once%n", seeders);
      System.out.printf("%9s %11s %9s | %-36s | %-36s | %-36s%n", "open", "programmes", "seed s",
          "hr (HR admin)", "ops-1 (an invitee)", "edi (empty inbox)");
      int programmes = 0;
      for (int tranche = 1; tranche <= tranches; tranche++) {
        long seedStart = System.nanoTime();
        List<Callable<Object>> seeding = new ArrayList<>();
        for (int i = 0; i < recruiting; i++) {
          seeding.add(() -> {
            String programmeId = host.createPilot();
            complete(host, programmeId, TestOrganisation.HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
            complete(host, programmeId, TestOrganisation.CEO, Forms.SPONSOR_SIGN_OFF,
                Map.of(Vars.DECISION.name(), "approve"));
            return programmeId;
          });
        }
        for (int i = 0; i < scoping; i++) {
          seeding.add(host::createPilot);
        }
        for (Future<Object> seeded : pool.invokeAll(seeding)) {
          seeded.get();
        }
        programmes += recruiting + scoping;
        double seeded = (System.nanoTime() - seedStart) / 1e9;
        long open = host.flipside.inbox().listTasks(Actor.of(TestOrganisation.HR), 0, Integer.MAX_VALUE).size()
            + openInvitations(host, staff, TestOrganisation.OPS_1);
        System.out.printf("%9d %11d %9.1f | %-36s | %-36s | %-36s%n", open, programmes, seeded,
            timed(host.flipside.inbox(), TestOrganisation.HR),
            timed(host.flipside.inbox(), TestOrganisation.OPS_1),
            timed(host.flipside.inbox(), TestOrganisation.EDI));
      }
      System.out.printf("load average %.2f at the end%n", load());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Completes the programme's one task with this form in the employee's inbox. */
  private static void complete(FlipsideHost host, String programmeId, String employeeId, String formId,
      Map<String, Object> data) {
    Actor actor = Actor.of(employeeId);
    TaskSummary task = host.flipside.inbox().listTasks(actor, 0, Integer.MAX_VALUE).stream()
        .filter(listed -> programmeId.equals(listed.programmeId()) && formId.equals(listed.formId()))
        .findFirst().orElseThrow(() -> new IllegalStateException(employeeId + " has no " + formId + " task"));
    host.flipside.inbox().complete(actor, task.id(), data);
  }

  /** The invitations open: every invitee holds as many as ops-1, who is one of them. */
  private static long openInvitations(FlipsideHost host, int staff, String invitee) {
    long each = host.flipside.inbox().listTasks(Actor.of(invitee), 0, Integer.MAX_VALUE).size();
    return each * (staff + 8);
  }

  private static String timed(TaskInbox inbox, String employeeId) {
    Actor actor = Actor.of(employeeId);
    int listed = 0;
    for (int i = 0; i < WARM_UP; i++) {
      listed = inbox.listTasks(actor, 0, PAGE).size();
    }
    double[] millis = new double[CALLS];
    double[] cpu = new double[CALLS];
    for (int i = 0; i < CALLS; i++) {
      long start = System.nanoTime();
      long startCpu = THREADS.getCurrentThreadCpuTime();
      inbox.listTasks(actor, 0, PAGE);
      cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    Arrays.sort(cpu);
    return String.format("%d: %.1f / %.1f / %.1f (cpu %.1f)", listed, millis[CALLS / 2],
        millis[(int) Math.ceil(CALLS * 0.99) - 1], millis[CALLS - 1], cpu[CALLS / 2]);
  }

  private static int argument(String[] args, int index, int otherwise) {
    return args.length > index ? Integer.parseInt(args[index]) : otherwise;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
