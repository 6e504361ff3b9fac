package org.flipside.api;

/**
 * A running Flipside: the services a host calls.
 *
 * @since 0.1
 */
public interface Flipside extends AutoCloseable {

  /** Programmes: create, list, status, timeline. */
  ProgrammeService programmes();

  /** Employees' tasks and their forms. */
  TaskInbox inbox();

  /** Timed work, for hosts that drive it themselves. */
  DueWork dueWork();

  /** The matching, explained, for the HR admin reviewing it. */
  MatchReview matchReview();

  /** The evaluation report, for the sponsor and HR admins, and the organisational figures it compares. */
  Reports reports();

  /** Stops the engine and releases its resources; the data stays in the database. */
  @Override
  void close();
}
