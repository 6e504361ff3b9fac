package org.flipside.sandbox.benchmark;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.listener.SingleQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/** Counts the SQL statements run and the transactions committed or rolled back through one DataSource. */
final class SqlCount {

  private final SingleQueryCountHolder queries = new SingleQueryCountHolder();
  private final AtomicLong transactions = new AtomicLong();
  private final String name;
  private final DataSource counted;

  SqlCount(String name, DataSource database) {
    this.name = name;
    this.counted = ProxyDataSourceBuilder.create(name, database)
        .countQuery(queries)
        .afterMethod(call -> {
          String method = call.getMethod().getName();
          if (method.equals("commit") || method.equals("rollback")) {
            transactions.incrementAndGet();
          }
        })
        .build();
  }

  /** The DataSource to hand out: the database, counted. */
  DataSource dataSource() {
    return counted;
  }

  /** Statements and transactions so far. */
  Sample sample() {
    var count = queries.getQueryCountMap().get(name);
    return new Sample(count == null ? 0 : count.getTotal(), transactions.get());
  }

  /** Counts at one moment; {@link #since} gives those between two. */
  record Sample(long statements, long transactions) {
    Sample since(Sample earlier) {
      return new Sample(statements - earlier.statements, transactions - earlier.transactions);
    }
  }
}
