package org.flipside.embed;

import java.time.Duration;
import java.util.Objects;

/**
 * How Flipside's job executor runs timed work (reminders, deadlines, retries) when {@link
 * FlipsideSettings#backgroundJobs()} is on. In a cluster every node runs one; a node locks the jobs it takes, and
 * when a node dies its jobs wait until their lock expires before another node takes them.
 *
 * @param lockTime how long a node holds a job it took; a dead node's jobs wait this long. Longer than the slowest
 *     job, since a job still running when its lock expires may be run again elsewhere
 * @param threads how many jobs a node runs at once
 * @param jobsPerAcquisition how many due jobs a node takes in one round
 * @param idleWait how long a node waits before looking again after a round found nothing due
 * @since 1.0
 */
public record JobExecutorSettings(Duration lockTime, int threads, int jobsPerAcquisition, Duration idleWait) {

  /** The engine counts these times in an int of milliseconds. */
  private static final Duration LONGEST = Duration.ofMillis(Integer.MAX_VALUE);

  /** Camunda's own defaults: a 5-minute lock, 3 threads, 3 jobs a round, 5 seconds' wait. */
  public static final JobExecutorSettings DEFAULTS =
      new JobExecutorSettings(Duration.ofMinutes(5), 3, 3, Duration.ofSeconds(5));

  /** Checks every setting, naming the one that is wrong. */
  public JobExecutorSettings {
    Objects.requireNonNull(lockTime, "lockTime");
    Objects.requireNonNull(idleWait, "idleWait");
    if (lockTime.toMillis() < 1 || lockTime.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("lockTime must be from a millisecond to " + LONGEST + ", not " + lockTime);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (jobsPerAcquisition < 1) {
      throw new IllegalArgumentException("jobsPerAcquisition must be at least 1, not " + jobsPerAcquisition);
    }
    if (idleWait.isNegative() || idleWait.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("idleWait must be from zero to " + LONGEST + ", not " + idleWait);
    }
  }
}
