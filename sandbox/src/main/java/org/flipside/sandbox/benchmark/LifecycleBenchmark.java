package org.flipside.sandbox.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flipside.sandbox.simulation.RunWatch;
import org.flipside.sandbox.simulation.Simulation;
import org.flipside.sandbox.simulation.SimulationResult;
import org.flipside.sandbox.simulation.SimulationSettings;
import org.flipside.sandbox.simulation.Tallied;
import org.flipside.sandbox.simulation.Tally;

/**
 * Runs programmes through Flipside, driven by the sandbox's simulated employees, and after each the same number of
 * tasks through a bare engine's inbox loop ({@link BareEngine}), in this JVM, each side on a fresh database of its own
 * ({@link BenchmarkDatabase}: an in-memory H2 of the sandbox's kind, or a schema on a PostgreSQL server); prints CPU,
 * SQL statements and transactions per completed task and Flipside's ratio to the bare engine, which lists inboxes and
 * opens tasks as often as the simulated host did for as many completed tasks. Start-up is compared too: a bare
 * engine's boot (tables created, one process deployed) before and after Flipside's, against Flipside's start in the
 * sandbox's OSGi framework (Flyway, the engine, JPA, its deployments).
 *
 * <p>Each side runs several rounds: Flipside one programme after another in one start, the bare engine its loop again
 * and again on one engine, a round after each of Flipside's programmes on that programme's demand. The first round of
 * each is cold: its code is still being loaded and compiled (Flipside's classes are the bundle's own, so the bare
 * engine's warming does not warm them). The JIT compiler goes on compiling for many rounds after that, Flipside's far
 * larger body of code (the engine, JPA, the OSGi framework, its own) for longer than the bare loop's, so the rounds of
 * the first half are printed as warming and those of the second half as warm, as in a host that has run for a while:
 * the warm median is the figure the target is about. CPU is the main thread's (neither side runs a job executor; the
 * simulation and the loop work on the calling thread) and the whole process's, which also holds the garbage collector
 * and the JIT compiler. On H2 the database's work is part of both; on PostgreSQL it is the server's, whose CPU ({@link
 * ServerCpu}, the whole server's) is printed beside them.
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
   * Runs both sides and prints the figures: Flipside runs {@code rounds} programmes one after another in one start,
   * and the bare engine as many rounds of its loop, each answering the same demand as Flipside's programme of that
   * round. The first of each is cold (its code still being loaded and compiled), those up to half of the rounds
   * warming, the second half warm, as in a host that has run for a while; the ratio that counts is the warm one.
   *
   * @param settings the programme to simulate
   * @param rounds how many programmes and loops each side runs, at least 1
   * @return whether every programme ran to its end
   */
  public boolean run(SimulationSettings settings, int rounds) {
    header();
    Measured bareBootBefore = bareBoot();

    FlipsideWatch watch;
    SimulationResult result;
    BareLoop bareLoop = new BareLoop();
    try (bareLoop) {
      watch = new FlipsideWatch(rounds, bareLoop::answer);
      result = new Simulation().run(settings, List.of(), watch, database::open);
    }
    Measured bareBootAfter = bareLoop.bootAfterFlipside != null ? bareLoop.bootAfterFlipside : bareBoot();
    List<Round> bare = bareLoop.rounds;

    Round first = watch.rounds.get(0);
    out.printf("%nProgramme: %d pairs, %d employees, seed %d, %s; %d tasks completed", settings.pairs(),
        settings.employees(), settings.seed(), result.completed() ? "ran to its end" : "STOPPED: " + result.problem(),
        first.tasks);
    out.printf(watch.rounds.size() > 1 ? ", %d programmes in one start%n" : "%n", watch.rounds.size());
    out.printf("%-34s %14s %14s %12s %10s %14s", "per completed task", "main CPU ms", "process CPU ms", "wall ms",
        "SQL", "transactions");
    out.printf(database.hasServer() ? " %14s %14s%n" : "%n", "server CPU ms", "main+server ms");
    PerTask flipsideCold = first.perTask();
    PerTask bareCold = bare.get(0).perTask();
    print("Flipside, cold (first programme)", flipsideCold);
    print("bare loop, cold (first round)", bareCold);
    demand("Flipside's host", first.demand, first.tasks);
    demand("bare engine inbox loop", bare.get(0).demand, first.tasks);
    print("ratio Flipside / bare, cold", flipsideCold.over(bareCold));
    int ran = watch.rounds.size();
    if (ran > 1) {
      int warmFrom = Math.max(1, ran / 2);
      if (warmFrom > 1) {
        printPhase("warming", 1, warmFrom, watch.rounds, bare);
      }
      printPhase("warm", warmFrom, ran, watch.rounds, bare);
      out.printf("%-34s %s: each figure's median over those rounds; each round's tasks and main / process CPU ms a "
          + "task: Flipside %s; bare loop %s%n", "", warmFrom > 1 ? "warming and warm" : "warm",
          eachRound(watch.rounds), eachRound(bare));
    }
    if (database.hasServer()) {
      out.printf("%-34s server CPU: every postgres process on this machine, the whole server's; meaningful only on "
          + "an otherwise idle server%n", "");
    }

    printStartup(bareBootBefore, watch.startup, bareBootAfter);
    watch.printMostRun(out);
    out.printf("%nload average %.2f at the end%n", load());
    out.flush();
    return result.completed() && watch.rounds.size() == rounds;
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
    FlipsideWatch watch = new FlipsideWatch(1, round -> { }) {
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

  private void print(String what, PerTask figures) {
    boolean ratio = what.startsWith("ratio");
    String format = ratio ? "%14.1f" : "%14.2f";
    out.printf("%-34s " + format + " " + format + " " + (ratio ? "%12.1f" : "%12.2f") + " %10.1f %14.1f", what,
        figures.mainCpu, figures.processCpu, figures.wall, figures.statements, figures.transactions);
    out.printf(database.hasServer() ? " " + format + " " + format + "%n" : "%n", figures.serverCpu,
        figures.mainAndServer);
  }

  /** Both sides' medians over rounds {@code from} (inclusive, counted from 0) to {@code to}, and their ratios. */
  private void printPhase(String phase, int from, int to, List<Round> flipside, List<Round> bare) {
    String rounds = from + 1 == to ? String.format(", %s, round %d", phase, to)
        : String.format(", %s, rounds %d to %d", phase, from + 1, to);
    PerTask flipsideMedian = PerTask.median(flipside.subList(from, to));
    PerTask bareMedian = PerTask.median(bare.subList(from, to));
    print("Flipside" + rounds, flipsideMedian);
    print("bare loop" + rounds, bareMedian);
    print("ratio Flipside / bare, " + phase, flipsideMedian.over(bareMedian));
  }

  private static String eachRound(List<Round> rounds) {
    return rounds.stream()
        .map(round -> String.format("%d %.2f/%.2f", round.tasks, round.perTask().mainCpu, round.perTask().processCpu))
        .collect(Collectors.joining(", "));
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

  /** One programme through Flipside, or one round of the bare loop: what it cost, its tasks and the host's demand. */
  private record Round(Measured measured, int tasks, BareEngine.HostDemand demand) {
    PerTask perTask() {
      double per = Math.max(1, tasks);
      return new PerTask(measured.cpu.threadCpu() / 1e6 / per, measured.cpu.processCpu() / 1e6 / per,
          measured.cpu.wall() / 1e6 / per, measured.sql.statements() / per, measured.sql.transactions() / per,
          measured.serverCpu / 1e6 / per, measured.mainAndServer() / 1e6 / per);
    }
  }

  /** Figures per completed task (milliseconds of CPU and wall time, statements, transactions), or their ratios. */
  private record PerTask(double mainCpu, double processCpu, double wall, double statements, double transactions,
      double serverCpu, double mainAndServer) {

    PerTask over(PerTask bare) {
      return new PerTask(ratio(mainCpu, bare.mainCpu), ratio(processCpu, bare.processCpu), ratio(wall, bare.wall),
          ratio(statements, bare.statements), ratio(transactions, bare.transactions),
          ratio(serverCpu, bare.serverCpu), ratio(mainAndServer, bare.mainAndServer));
    }

    /** Each figure's median over the rounds, taken figure by figure. */
    static PerTask median(List<Round> rounds) {
      List<PerTask> each = rounds.stream().map(Round::perTask).toList();
      return new PerTask(median(each, PerTask::mainCpu), median(each, PerTask::processCpu),
          median(each, PerTask::wall), median(each, PerTask::statements), median(each, PerTask::transactions),
          median(each, PerTask::serverCpu), median(each, PerTask::mainAndServer));
    }

    private static double median(List<PerTask> each, ToDoubleFunction<PerTask> figure) {
      double[] sorted = each.stream().mapToDouble(figure).sorted().toArray();
      int middle = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
  }

  /**
   * The bare engine's side, a round after each of Flipside's programmes, answering that programme's demand: the two
   * sides alternate, so a change in the machine's load (another process busy for a while) falls on both alike, where
   * running all of one side and then all of the other let it fall on one. Its engine boots once Flipside's first
   * programme has ended, that boot measured as the bare boot after Flipside's start.
   */
  private final class BareLoop implements AutoCloseable {
    private final List<Round> rounds = new ArrayList<>();
    private Measured bootAfterFlipside;
    private HikariDataSource bareDatabase;
    private SqlCount sql;
    private BareEngine engine;

    void answer(Round flipside) {
      if (engine == null) {
        bootAfterFlipside = bareBoot();
        bareDatabase = database.open();
        sql = new SqlCount("bare-loop", bareDatabase);
        engine = BareEngine.boot(sql.dataSource());
      }
      BareEngine.HostDemand[] made = new BareEngine.HostDemand[1];
      Measured loop = measure(sql, () -> made[0] = engine.inboxLoop(flipside.tasks, flipside.demand));
      rounds.add(new Round(loop, flipside.tasks, made[0]));
    }

    @Override
    public void close() {
      try (HikariDataSource closedLast = bareDatabase) {
        if (engine != null) {
          engine.close();
        }
      }
    }
  }

  /**
   * Counts Flipside's statements and times its start and each programme it runs, up to so many, handing each
   * programme's round on as it ends.
   */
  private class FlipsideWatch implements RunWatch {
    private final int programmes;
    private final Consumer<Round> afterEach;
    private final List<Round> rounds = new ArrayList<>();
    private SqlCount sql;
    private Mark mark;
    private Measured startup;
    private long listings;
    private long opens;

    FlipsideWatch(int programmes, Consumer<Round> afterEach) {
      this.programmes = programmes;
      this.afterEach = afterEach;
    }

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
      if (startup == null) {
        startup = mark.measured(started);
      }
      mark = started;
      listings = 0;
      opens = 0;
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
    public void programmeEnded(Tally tally) {
      Round round = new Round(mark.measured(mark(sql.sample())), tally.get(Tallied.TASKS_COMPLETED),
          new BareEngine.HostDemand(listings, opens));
      rounds.add(round);
      afterEach.accept(round);
    }

    @Override
    public boolean anotherProgramme() {
      return rounds.size() < programmes;
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
        out.printf("%nthe last programme's most frequent statements:%n");
        most.forEach(entry -> out.printf("%8d  %s%n", entry.getValue(), entry.getKey().replaceAll("\\s+", " ")));
        out.printf("%nthe most frequent statements by the innermost Flipside method that ran them:%n");
        most.stream().limit(25).forEach(entry -> {
          out.printf("%8d  %s%n", entry.getValue(), abbreviated(entry.getKey()));
          sql.callersOf(entry.getKey(), 4).forEach(caller ->
              out.printf("%16d  %s%n", caller.getValue(), caller.getKey()));
        });
        out.printf("%nthe last programme's statements and transactions by where the host called Flipside:%n");
        sql.byCall(40).forEach(entry -> out.printf("%8d  %s%n", entry.getValue(), entry.getKey()));
      }
    }
  }
}
