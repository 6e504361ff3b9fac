package org.flipside.internal.service;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * When the engine's next job falls due: the earliest due date among its jobs with retries left that are not
 * suspended (the jobs {@code createJobQuery().withRetriesLeft().active()} lists), a job without a due date being due
 * at once. Read as one plain statement in the caller's transaction: a host asks after every step, and the engine's
 * job query spent most of its time having MyBatis build the statement and map a whole job row, not in the database.
 * Both read the job table alike (no index orders it by due date), so each node of a cluster reads what every node
 * committed.
 */
final class EarliestJob {

  private static final String SQL = "select count(*), count(DUEDATE_), min(DUEDATE_) from ACT_RU_JOB"
      + " where RETRIES_ > 0 and SUSPENSION_STATE_ = 1";

  private final EntityManager sameConnection;

  /** @param sameConnection an entity manager joined to the transaction the engine reads in */
  EarliestJob(EntityManager sameConnection) {
    this.sameConnection = sameConnection;
  }

  /** The next job's due time, {@link Instant#EPOCH} when a job has none; empty when no job waits. */
  Optional<Instant> dueAt() {
    // the connection the engine reads on, in the caller's transaction: it is the transaction's to close
    Connection connection = sameConnection.unwrap(Connection.class);
    try (PreparedStatement query = connection.prepareStatement(SQL); ResultSet row = query.executeQuery()) {
      row.next();
      long jobs = row.getLong(1);
      if (jobs == 0) {
        return Optional.empty();
      }
      if (row.getLong(2) < jobs) {
        return Optional.of(Instant.EPOCH);
      }
      Timestamp earliest = row.getTimestamp(3);
      return Optional.of(earliest.toInstant());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read when the next job falls due", e);
    }
  }
}
