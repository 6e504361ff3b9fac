package org.flipside.sandbox.benchmark;

import java.sql.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements run and the transactions through one DataSource: each commit or rollback, and each
 * connection closed with statements run since its last one (a read the caller never committed, which the pool rolls
 * back: Camunda's own transactions commit only when they wrote, Flipside's Spring transactions always); with the
 * system property {@value #BY_STATEMENT} set it also counts each distinct statement, for {@link #mostRun}.
 */
final class SqlCount {

  /** The system property that switches on the count by statement. */
  static final String BY_STATEMENT = "flipside.benchmark.sqlByStatement";

  private final Map<String, LongAdder> byStatement = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> byCall = new ConcurrentHashMap<>();
  /** Each statement's count by the innermost Flipside method that ran it. */
  private final Map<String, Map<String, LongAdder>> byStatementAndCaller = new ConcurrentHashMap<>();
  /** Each execution, a batch as one, as datasource-proxy's own count has it, without its parse of each statement. */
  private final LongAdder statements = new LongAdder();
  private final AtomicLong transactions = new AtomicLong();
  /** Connections that ran a statement since their last commit or rollback. */
  private final Set<String> uncommitted = ConcurrentHashMap.newKeySet();
  private final DataSource counted;

  SqlCount(String name, DataSource database) {
    boolean byStatementToo = Boolean.getBoolean(BY_STATEMENT);
    this.counted = ProxyDataSourceBuilder.create(name, database)
        .afterQuery((execution, run) -> {
          statements.increment();
          uncommitted.add(execution.getConnectionId());
          if (byStatementToo) {
            run.forEach(query -> {
              byStatement.computeIfAbsent(query.getQuery(), key -> new LongAdder()).increment();
              byCall.computeIfAbsent("SQL " + flipsideEntry(), key -> new LongAdder()).increment();
              byStatementAndCaller.computeIfAbsent(query.getQuery(), key -> new ConcurrentHashMap<>())
                  .computeIfAbsent(flipsideCaller(), key -> new LongAdder()).increment();
            });
          }
        })
        .afterMethod(call -> {
          String method = call.getMethod().getName();
          boolean ended = method.equals("commit") || method.equals("rollback");
          boolean closed = call.getTarget() instanceof Connection && method.equals("close");
          if (ended || closed) {
            boolean ranStatements = uncommitted.remove(call.getConnectionInfo().getConnectionId());
            if (ended || ranStatements) {
              transactions.incrementAndGet();
              if (byStatementToo) {
                byCall.computeIfAbsent("TX  " + flipsideEntry(), key -> new LongAdder()).increment();
              }
            }
          }
        })
        .build();
  }

  /** The DataSource to hand out: the database, counted. */
  DataSource dataSource() {
    return counted;
  }

  /** The statements run most often so far, with their counts, most first; empty unless counted by statement. */
  List<Map.Entry<String, Long>> mostRun(int limit) {
    return byStatement.entrySet().stream()
        .map(entry -> Map.entry(entry.getKey(), entry.getValue().sum()))
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(limit)
        .toList();
  }

  /** Forgets the counts by statement so far. */
  void resetByStatement() {
    byStatement.clear();
    byCall.clear();
    byStatementAndCaller.clear();
  }

  /** Statements and transactions by the Flipside entry point that ran them, most first. */
  List<Map.Entry<String, Long>> byCall(int limit) {
    return byCall.entrySet().stream()
        .map(entry -> Map.entry(entry.getKey(), entry.getValue().sum()))
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(limit)
        .toList();
  }

  /** The innermost Flipside methods that ran the statement, with their counts, most first. */
  List<Map.Entry<String, Long>> callersOf(String statement, int limit) {
    return byStatementAndCaller.getOrDefault(statement, Map.of()).entrySet().stream()
        .map(entry -> Map.entry(entry.getKey(), entry.getValue().sum()))
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(limit)
        .toList();
  }

  /**
   * The innermost Flipside method on the stack, below the engine's and EclipseLink's frames, with the outermost one
   * where the host called in.
   */
  private static String flipsideCaller() {
    List<String> frames = StackWalker.getInstance().walk(stack -> stack
        .filter(frame -> frame.getClassName().startsWith("org.flipside.internal.")
            && !frame.getClassName().contains("ApiBoundary") && !frame.getClassName().endsWith(".Transactions")
            && !frame.getClassName().endsWith(".EngineCommands") && !frame.getClassName().endsWith(".EngineClock")
            && !frame.getMethodName().startsWith("lambda$"))
        .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
            + frame.getMethodName())
        .toList());
    return frames.isEmpty() ? "?" : frames.get(0) + " (in " + frames.get(frames.size() - 1) + ")";
  }

  /** The outermost Flipside method on the stack, where the host called in. */
  private static String flipsideEntry() {
    return StackWalker.getInstance().walk(frames -> frames
        .filter(frame -> frame.getClassName().startsWith("org.flipside.internal.")
            && !frame.getClassName().contains("ApiBoundary") && !frame.getMethodName().startsWith("lambda$"))
        .reduce((inner, outer) -> outer)
        .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
            + frame.getMethodName())
        .orElse("?"));
  }

  /** Statements and transactions so far. */
  Sample sample() {
    return new Sample(statements.sum(), transactions.get());
  }

  /** Counts at one moment; {@link #since} gives those between two. */
  record Sample(long statements, long transactions) {
    Sample since(Sample earlier) {
      return new Sample(statements - earlier.statements, transactions - earlier.transactions);
    }
  }
}
