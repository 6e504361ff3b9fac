package org.flipside.api;

/**
 * A part of Flipside, or a host service it depends on, that its health check looks at.
 *
 * @since 1.1
 */
public enum OperationalComponent {
  /** The process engine. */
  ENGINE,
  /** The host's database, through its DataSource. */
  DATABASE,
  /** Timed work: the job executor, or the host's calls of {@link DueWork#runDue()} when the host runs it. */
  JOB_EXECUTOR,
  /** Steps whose work failed every attempt and waits for an HR admin to retry it (see {@link Incident}). */
  FAILED_STEPS,
  /** The host's {@link org.flipside.spi.EmployeeDirectory}. */
  DIRECTORY,
  /** The host's {@link org.flipside.spi.Notifier}, and the notifications waiting for it. */
  NOTIFIER,
  /** The host's {@link org.flipside.spi.CalendarGateway}, and the invites waiting for it. */
  CALENDAR,
  /** The host's {@link org.flipside.spi.LearningRecords}, and the recognition records waiting for it. */
  LEARNING_RECORDS
}
