package org.flipside.it;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flipside.api.Actor;
import org.flipside.api.TaskInbox;
import org.flipside.api.TaskSummary;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.FlipsideRoles;

/**
 * How fast an inbox answers with many tasks open: prints latencies and their ratio to the bare engine's, not a test.
 *
 * <p>It creates the programmes through the API (each leaves its scoping task with the HR admins), scopes and signs
 * off the first, whose recruitment starts real invitations, and then copies one of those invitations' engine rows
 * ({@link ProcessInstanceCopies}) into every programme for half of the staff each: programme {@code p} invites
 * {@code staff-k} when {@code k} and {@code p} are both even or both odd. So with 1,000 programmes and 200 staff,
 * 100,000 invitations are open, 100 in each programme, and every member of staff holds 500 (one more for the odd
 * half, from the first programme's own recruitment). Seeding through the API costs a programme's eligibility, its
 * notifications and a process start per invitation (about 3 invitations a second on the shared machine); the copies
 * are the rows those starts write, without the rest, at thousands a second.
 *
 * <p>Then it times {@link TaskInbox#listTasks} (wall and the calling thread's CPU, p50 / p99 / max of 200 calls after
 * 20 to warm up) for a member of staff's first page of 500, for an employee with no tasks, and for the HR admin's
 * first 500 of the scoping tasks offered to their role; and, in the same run, the bare engine's own task query for
 * the same employee (a Camunda engine of its own on the same tables: {@code taskAssignee}, or {@code
 * taskCandidateGroup} for the role, first page of 500, with form keys), and each ratio.
 *
 * <p>Run on PostgreSQL (the default; {@code -Dflipside.postgres.url=...}) or H2 ({@code h2} as the first argument),
 * on the worktree's classes (the README's inbox section builds the classpath):
 * <pre>
 * java -cp integration-tests/target/test-classes:$(cat integration-tests/target/cp.txt) \
 *   org.flipside.it.InboxBenchmark postgres 1000 200
 * </pre>
 * The arguments: database, programmes, staff (an even number; each programme invites half of them). With {@code
 * -Dflipside.postgres.keep=true} the seeded schema stays; {@code -Dflipside.postgres.schema=NAME} times a schema
 * seeded before, as it is, without seeding.
 */
public final class InboxBenchmark {

  private static final int PAGE = 500;
  private static final int WARM_UP = 20;
  private static final int CALLS = 200;
  private static final int COPIES_PER_BATCH = 500;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private InboxBenchmark() {}

  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : "postgres";
    int programmes = argument(args, 1, 1000);
    int staff = argument(args, 2, 200);
    TestOrganisation organisation = TestOrganisation.withStaff(staff);
    TestDatabase db = database.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
    // the host closes the database (and drops a fresh PostgreSQL schema unless told to keep it) as it stops
    try (FlipsideHost host = new FlipsideHost(db, organisation)) {
      System.out.printf("Inbox benchmark on %s, Java %s, %d cores, load average %.2f%n", database,
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load());
      String invitee = TestOrganisation.staff(0);
      if (db.count("act_ru_task", "assignee_ = '" + invitee + "'") == 0) {
        seed(host, db, invitee, programmes, staff);
      } else {
        System.out.println("the schema is seeded already: its tasks are timed as they are");
      }
      System.out.printf("schema %s; open tasks: %d (invitations %d); load average %.2f%n",
          db.strings("select current_schema()").get(0), db.count("act_ru_task"),
          db.count("act_ru_task", "task_def_key_ = 'Apply'"), load());

      try (BareTasks bare = new BareTasks(db)) {
        TaskInbox inbox = host.flipside.inbox();
        String empty = TestOrganisation.EDI;
        System.out.printf("%-40s %8s %28s %10s%n", "listTasks(0, " + PAGE + ")", "listed", "wall ms p50 / p99 / max",
            "CPU ms p50");
        Timed staffList = print("Flipside: " + invitee + " (invitations)", listing(inbox, invitee));
        Timed staffBare = print("bare engine: taskAssignee", bare.assigned(invitee));
        Timed emptyList = print("Flipside: " + empty + " (no tasks)", listing(inbox, empty));
        Timed emptyBare = print("bare engine: taskAssignee", bare.assigned(empty));
        Timed hrList = print("Flipside: " + TestOrganisation.HR + " (role's tasks)", listing(inbox, TestOrganisation.HR));
        Timed hrBare = print("bare engine: taskCandidateGroup", bare.offeredTo(FlipsideRoles.HR_ADMIN));
        System.out.printf("ratio Flipside / bare engine, p50 (p99): %s %.2f (%.2f), empty %.2f (%.2f), %s %.2f (%.2f)%n",
            invitee, staffList.p50 / staffBare.p50, staffList.p99 / staffBare.p99,
            emptyList.p50 / emptyBare.p50, emptyList.p99 / emptyBare.p99,
            TestOrganisation.HR, hrList.p50 / hrBare.p50, hrList.p99 / hrBare.p99);
        System.out.printf("targets: %s's 500 p99 <= 50 ms: %s; empty inbox p99 <= 15 ms: %s%n", invitee,
            staffList.p99 <= 50 ? "met" : "MISSED", emptyList.p99 <= 15 ? "met" : "MISSED");
      }
      System.out.printf("load average %.2f at the end%n", load());
    }
  }

  /** Creates the programmes and their invitations: the first's through the API, every other's copied. */
  private static void seed(FlipsideHost host, TestDatabase db, String invitee, int programmes, int staff)
      throws Exception {
    long started = System.nanoTime();
    List<String> ids = createProgrammes(host, programmes);
    System.out.printf("%d programmes created through the API in %.1f s%n", programmes, seconds(started));

    started = System.nanoTime();
    String first = ids.get(0);
    complete(host, first, TestOrganisation.HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    complete(host, first, TestOrganisation.CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    String template = db.strings("select proc_inst_id_ from act_ru_task where assignee_ = '" + invitee + "'").get(0);
    System.out.printf("the first programme scoped and signed off through the API, %d invitations started, in %.1f s%n",
        db.count("act_ru_task", "task_def_key_ = 'Apply'"), seconds(started));

    started = System.nanoTime();
    long copies = copyInvitations(db, template, first, invitee, ids, staff);
    System.out.printf("%d invitations copied from %s's in %.1f s%n", copies, invitee, seconds(started));
    // fresh planner statistics, as the database's own maintenance would gather after such growth
    db.execute("analyze");

  }

  /** Creates the programmes through the API, four at once as a host's HR admins might. */
  private static List<String> createProgrammes(FlipsideHost host, int programmes) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> created = new ArrayList<>();
      for (int i = 0; i < programmes; i++) {
        created.add(pool.submit(host::createPilot));
      }
      List<String> ids = new ArrayList<>();
      for (Future<String> programme : created) {
        ids.add(programme.get());
      }
      return ids;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Copies the template invitation into every programme for half the staff, but where it is real already. */
  private static long copyInvitations(TestDatabase db, String template, String templateProgramme, String invitee,
      List<String> programmes, int staff) throws SQLException {
    String url = db.jdbcUrl() + (db.jdbcUrl().startsWith("jdbc:postgresql") ? "&reWriteBatchedInserts=true" : "");
    try (Connection connection = DriverManager.getConnection(url, db.user(), "")) {
      connection.setAutoCommit(false);
      ProcessInstanceCopies copies = new ProcessInstanceCopies(connection, template);
      System.out.printf("the template invitation has %d engine rows%n", copies.rowsPerCopy());
      long made = 0;
      for (int p = 0; p < programmes.size(); p++) {
        for (int k = p % 2; k < staff; k += 2) {
          if (p == 0) {
            continue; // the first programme's invitations are the real ones
          }
          copies.copy(Map.of(templateProgramme, programmes.get(p), invitee, TestOrganisation.staff(k)));
          if (++made % COPIES_PER_BATCH == 0) {
            copies.flush();
            connection.commit();
          }
        }
      }
      copies.flush();
      connection.commit();
      return made;
    }
  }

  /** Completes the programme's task with this form in the employee's inbox. */
  private static void complete(FlipsideHost host, String programmeId, String employeeId, String formId,
      Map<String, Object> data) {
    Actor actor = Actor.of(employeeId);
    TaskSummary task = host.flipside.inbox().listTasks(actor, 0, Integer.MAX_VALUE).stream()
        .filter(listed -> programmeId.equals(listed.programmeId()) && formId.equals(listed.formId()))
        .findFirst().orElseThrow(() -> new IllegalStateException(employeeId + " has no " + formId + " task"));
    host.flipside.inbox().complete(actor, task.id(), data);
  }

  private static IntSupplier listing(TaskInbox inbox, String employeeId) {
    Actor actor = Actor.of(employeeId);
    return () -> inbox.listTasks(actor, 0, PAGE).size();
  }

  /** Latencies of one listing, ms. */
  private record Timed(int listed, double p50, double p99, double max, double cpu50) {}

  private static Timed print(String what, IntSupplier listing) {
    int listed = 0;
    for (int i = 0; i < WARM_UP; i++) {
      listed = listing.getAsInt();
    }
    double[] millis = new double[CALLS];
    double[] cpu = new double[CALLS];
    for (int i = 0; i < CALLS; i++) {
      long start = System.nanoTime();
      long startCpu = THREADS.getCurrentThreadCpuTime();
      listing.getAsInt();
      cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    Arrays.sort(cpu);
    Timed timed = new Timed(listed, millis[CALLS / 2], millis[(int) Math.ceil(CALLS * 0.99) - 1], millis[CALLS - 1],
        cpu[CALLS / 2]);
    System.out.printf("%-40s %8d %28s %10.2f%n", what, listed,
        String.format("%.2f / %.2f / %.2f", timed.p50, timed.p99, timed.max), timed.cpu50);
    return timed;
  }

  /** The bare engine's task queries on Flipside's tables: a Camunda engine of its own, which only reads. */
  private static final class BareTasks implements AutoCloseable {
    private final ProcessEngine engine;
    private final TaskService tasks;

    BareTasks(TestDatabase db) throws SQLException {
      StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
      configuration.setProcessEngineName("bare-inbox");
      configuration.setDataSource(db.dataSource());
      try (Connection connection = db.dataSource().getConnection()) {
        configuration.setDatabaseSchema(connection.getSchema());
        configuration.setDatabaseTablePrefix(connection.getSchema() + ".");
      }
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setJobExecutorActivate(false);
      configuration.setMetricsEnabled(false);
      configuration.setDbIdentityUsed(false);
      engine = configuration.buildProcessEngine();
      tasks = engine.getTaskService();
    }

    IntSupplier assigned(String employeeId) {
      return () -> tasks.createTaskQuery().taskAssignee(employeeId).initializeFormKeys().active()
          .orderByTaskCreateTime().asc().listPage(0, PAGE).size();
    }

    IntSupplier offeredTo(String role) {
      return () -> tasks.createTaskQuery().taskCandidateGroup(role).includeAssignedTasks().initializeFormKeys()
          .active().orderByTaskCreateTime().asc().listPage(0, PAGE).size();
    }

    @Override
    public void close() {
      engine.close();
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static int argument(String[] args, int index, int otherwise) {
    return args.length > index ? Integer.parseInt(args[index]) : otherwise;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
