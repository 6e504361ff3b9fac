package org.flipside.sandbox.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flipside.sandbox.simulation.RunWatch;
import org.flipside.sandbox.simulation.Simulation;
import org.flipside.sandbox.simulation.SimulationResult;
import org.flipside.sandbox.simulation.SimulationSettings;
import org.flipside.sandbox.simulation.Tallied;

/**
 * Runs a programme through Flipside, driven by the sandbox's simulated employees, and then the same number of tasks
 * through a bare engine's inbox loop ({@link BareEngine}), in this JVM, each on a fresh database of its own
 * ({@link BenchmarkDatabase}: an in-memory H2 of the sandbox's kind, or a schema on a PostgreSQL server); prints CPU,
 * SQL statements and transactions per completed task and Flipside's ratio to the bare engine, which lists inboxes and
 * opens tasks as often as the simulated host did for as many completed tasks. Start-up is compared too: a bare
 * engine's boot (tables created, one process deployed) before and after Flipside's, against Flipside's start in the
 * sandbox's OSGi framework (Flyway, the engine, JPA, its deployments).
 *
 * <p>The bare loop runs once to warm up and is measured the second time, so its figure is the warm one. CPU is the
 * main thread's (neither side runs a job executor; the simulation and the loop work on the calling thread) and the
 * whole process's, which also holds the garbage collector and the JIT compiler. On H2 the database's work is part of
 * both; on PostgreSQL it is the server's, whose CPU ({@link ServerCpu}, the whole server's) is printed beside them.
 */
public final class LifecycleBenchmark {

  private final PrintWriter out;
  private final BenchmarkDatabase database;

  /** A benchmark that prints to {@code out} and runs each side on a fresh database of {@code database}'s kind. */
  public LifecycleBenchmark(PrintWriter out, BenchmarkDatabase database) {
    this.out = out;
    this.database = database;
  }

  /**
   * Runs both sides and prints the figures.
   *
   * @param settings the programme to simulate
   * @return whether the programme ran to its end
   */
  public boolean run(SimulationSettings settings) {
    header();
    Measured bareBootBefore = bareBoot();

    FlipsideWatch watch = new FlipsideWatch();
    SimulationResult result = new Simulation().run(settings, List.of(), watch, database::open);
    int tasks = result.tally().get(Tallied.TASKS_COMPLETED);
    Measured bareBootAfter = bareBoot();

    BareEngine.HostDemand hostDemand = new BareEngine.HostDemand(watch.listings, watch.opens);
    BareEngine.HostDemand[] bareDemand = new BareEngine.HostDemand[1];
    Measured bareLoop;
    try (HikariDataSource bare = database.open()) {
      SqlCount sql = new SqlCount("bare-loop", bare);
      try (BareEngine engine = BareEngine.boot(sql.dataSource())) {
        engine.inboxLoop(tasks, hostDemand);
        bareLoop = measure(sql, () -> bareDemand[0] = engine.inboxLoop(tasks, hostDemand));
      }
    }

    out.printf("%nProgramme: %d pairs, %d employees, seed %d, %s; %d tasks completed%n", settings.pairs(),
        settings.employees(), settings.seed(), result.completed() ? "ran to its end" : "STOPPED: " + result.problem(),
        tasks);
    out.printf("%-34s %14s %14s %12s %10s %14s", "per completed task", "main CPU ms", "process CPU ms", "wall ms",
        "SQL", "transactions");
    out.printf(database.hasServer() ? " %14s %14s%n" : "%n", "server CPU ms", "main+server ms");
    perTask("Flipside (sandbox, public API)", watch.programme, tasks);
    perTask("bare engine inbox loop (warm)", bareLoop, tasks);
    demand("Flipside's host", hostDemand, tasks);
    demand("bare engine inbox loop", bareDemand[0], tasks);
    out.printf("%-34s %14.1f %14.1f %12.1f %10.1f %14.1f", "ratio Flipside / bare",
        ratio(watch.programme.cpu.threadCpu(), bareLoop.cpu.threadCpu()),
        ratio(watch.programme.cpu.processCpu(), bareLoop.cpu.processCpu()),
        ratio(watch.programme.cpu.wall(), bareLoop.cpu.wall()),
        ratio(watch.programme.sql.statements(), bareLoop.sql.statements()),
        ratio(watch.programme.sql.transactions(), bareLoop.sql.transactions()));
    out.printf(database.hasServer() ? " %14.1f %14.1f%n" : "%n",
        ratio(watch.programme.serverCpu, bareLoop.serverCpu),
        ratio(watch.programme.mainAndServer(), bareLoop.mainAndServer()));
    if (database.hasServer()) {
      out.printf("%-34s server CPU: every postgres process on this machine, the whole server's; meaningful only on "
          + "an otherwise idle server%n", "");
    }

    printStartup(bareBootBefore, watch.startup, bareBootAfter);
    watch.printMostRun(out);
    out.printf("%nload average %.2f at the end%n", load());
    out.flush();
    return result.completed();
  }

  /**
   * Compares start-up alone, as {@link #run} does but without the programme: a bare engine's boot, Flipside's start
   * (the programme is created and stopped at once), a bare engine's boot again; then prints the figures.
   *
   * @param settings the organisation Flipside's directory holds
   * @return whether Flipside started
   */
  public boolean runStartup(SimulationSettings settings) {
    header();
    Measured bareBootBefore = bareBoot();
    FlipsideWatch watch = new FlipsideWatch() {
      @Override
      public boolean goOn() {
        return false;
      }
    };
    new Simulation().run(settings, List.of(), watch);
    Measured bareBootAfter = bareBoot();
    printStartup(bareBootBefore, watch.startup, bareBootAfter);
    out.printf("%nload average %.2f at the end%n", load());
    out.flush();
    return watch.startup != null;
  }

  private void printStartup(Measured bareBootBefore, Measured flipside, Measured bareBootAfter) {
    out.printf("%n%-34s %14s %14s %12s %10s %14s", "start-up", "main CPU s", "process CPU s", "wall s", "SQL",
        "transactions");
    out.printf(database.hasServer() ? " %14s%n" : "%n", "server CPU s");
    startup("bare engine boot, first in the JVM", bareBootBefore);
    startup("Flipside start (OSGi bundle)", flipside);
    startup("bare engine boot, after Flipside", bareBootAfter);
    out.printf("%-34s %14.2f %14.2f %12.2f%n", "ratio Flipside / first bare boot",
        ratio(flipside.cpu.threadCpu(), bareBootBefore.cpu.threadCpu()),
        ratio(flipside.cpu.processCpu(), bareBootBefore.cpu.processCpu()),
        ratio(flipside.cpu.wall(), bareBootBefore.cpu.wall()));
    out.printf("%-34s %14.2f %14.2f %12.2f%n", "ratio Flipside / later bare boot",
        ratio(flipside.cpu.threadCpu(), bareBootAfter.cpu.threadCpu()),
        ratio(flipside.cpu.processCpu(), bareBootAfter.cpu.processCpu()),
        ratio(flipside.cpu.wall(), bareBootAfter.cpu.wall()));
  }

  private void header() {
    out.printf("Java %s, %d cores, load average %.2f at the start; %s%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), load(), database.describe());
    out.flush();
  }

  private Measured bareBoot() {
    try (HikariDataSource bare = database.open()) {
      SqlCount sql = new SqlCount("bare-boot", bare);
      BareEngine[] booted = new BareEngine[1];
      Measured boot = measure(sql, () -> booted[0] = BareEngine.boot(sql.dataSource()));
      booted[0].close();
      return boot;
    }
  }

  private Measured measure(SqlCount sql, Runnable work) {
    Mark mark = mark(sql.sample());
    work.run();
    return mark.measured(mark(sql.sample()));
  }

  /** CPU, the server's CPU when there is a server, and the SQL counted so far. */
  private Mark mark(SqlCount.Sample sql) {
    return new Mark(CpuMeter.sample(), database.hasServer() ? ServerCpu.sample() : 0, sql);
  }

  private void perTask(String what, Measured measured, int tasks) {
    double per = Math.max(1, tasks);
    out.printf("%-34s %14.2f %14.2f %12.2f %10.1f %14.1f", what, measured.cpu.threadCpu() / 1e6 / per,
        measured.cpu.processCpu() / 1e6 / per, measured.cpu.wall() / 1e6 / per, measured.sql.statements() / per,
        measured.sql.transactions() / per);
    out.printf(database.hasServer() ? " %14.2f %14.2f%n" : "%n", measured.serverCpu / 1e6 / per,
        measured.mainAndServer() / 1e6 / per);
  }

  private void demand(String who, BareEngine.HostDemand demand, int tasks) {
    double per = Math.max(1, tasks);
    out.printf("%-34s %s listed %d inbox pages (%.2f a task) and opened %d tasks (%.2f a task)%n", "", who,
        demand.listings(), demand.listings() / per, demand.opens(), demand.opens() / per);
  }

  private void startup(String what, Measured measured) {
    out.printf("%-34s %14.2f %14.2f %12.2f %10d %14d", what, measured.cpu.threadCpu() / 1e9,
        measured.cpu.processCpu() / 1e9, measured.cpu.wall() / 1e9, measured.sql.statements(),
        measured.sql.transactions());
    out.printf(database.hasServer() ? " %14.2f%n" : "%n", measured.serverCpu / 1e9);
  }

  private static double ratio(double flipside, double bare) {
    return bare == 0 ? Double.NaN : flipside / bare;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** CPU, the database server's CPU (0 without a server; nanoseconds) and SQL over one stretch of work. */
  private record Measured(CpuMeter.Sample cpu, long serverCpu, SqlCount.Sample sql) {
    /** The main thread's CPU and the server's, in nanoseconds. */
    long mainAndServer() {
      return cpu.threadCpu() + serverCpu;
    }
  }

  /** The counters at one moment; {@link #measured} gives the stretch between two. */
  private record Mark(CpuMeter.Sample cpu, long serverCpu, SqlCount.Sample sql) {
    Measured measured(Mark later) {
      return new Measured(later.cpu.since(cpu), later.serverCpu - serverCpu, later.sql.since(sql));
    }
  }

  /** Counts Flipside's statements and times its start and its programme. */
  private class FlipsideWatch implements RunWatch {
    private SqlCount sql;
    private Mark mark;
    private Measured startup;
    private Measured programme;
    private long listings;
    private long opens;

    @Override
    public void starting() {
      // the database Flipside is given is counted from here; nothing has run on it yet
      mark = mark(new SqlCount.Sample(0, 0));
    }

    @Override
    public DataSource database(DataSource flipsides) {
      sql = new SqlCount("flipside", flipsides);
      return sql.dataSource();
    }

    @Override
    public void programmeStarting() {
      Mark started = mark(sql.sample());
      startup = mark.measured(started);
      mark = started;
      sql.resetByStatement();
    }

    @Override
    public void inboxListed() {
      listings++;
    }

    @Override
    public void taskOpened() {
      opens++;
    }

    @Override
    public void programmeEnded() {
      programme = mark.measured(mark(sql.sample()));
    }

    /** The statement on one line, cut to its first 120 characters. */
    private static String abbreviated(String statement) {
      String line = statement.replaceAll("\\s+", " ");
      return line.length() <= 120 ? line : line.substring(0, 120) + "…";
    }

    /** With {@value SqlCount#BY_STATEMENT} set, the statements the programme ran most often. */
    void printMostRun(PrintWriter out) {
      List<Map.Entry<String, Long>> most = sql.mostRun(40);
      if (!most.isEmpty()) {
        out.printf("%nthe programme's most frequent statements:%n");
        most.forEach(entry -> out.printf("%8d  %s%n", entry.getValue(), entry.getKey().replaceAll("\\s+", " ")));
        out.printf("%nthe most frequent statements by the innermost Flipside method that ran them:%n");
        most.stream().limit(25).forEach(entry -> {
          out.printf("%8d  %s%n", entry.getValue(), abbreviated(entry.getKey()));
          sql.callersOf(entry.getKey(), 4).forEach(caller ->
              out.printf("%16d  %s%n", caller.getValue(), caller.getKey()));
        });
        out.printf("%nthe programme's statements and transactions by where the host called Flipside:%n");
        sql.byCall(40).forEach(entry -> out.printf("%8d  %s%n", entry.getValue(), entry.getKey()));
      }
    }
  }
}
