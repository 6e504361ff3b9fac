package org.flipside.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A running Flipside: the services a host calls.
 *
 * @since 1.0
 */
@ProviderType
public interface Flipside extends AutoCloseable {

  /** Programmes: create, list, status, timeline. */
  ProgrammeService programmes();

  /** Employees' tasks and their forms. */
  TaskInbox inbox();

  /** Timed work, for hosts that drive it themselves. */
  DueWork dueWork();

  /** The matching, explained, for the HR admin reviewing it. */
  MatchReview matchReview();

  /** A pair's learning agreement: its versions, and changes a partner proposes during the sessions. */
  LearningAgreements learningAgreements();

  /** Partners' private reflections, readable only by their author. */
  PrivateReflections reflections();

  /** "This pairing isn't working", or coaching: a partner asks the programme manager, or the coaches. */
  PairSupport pairSupport();

  /** Leavers and role changes the host reports. */
  HostEvents hostEvents();

  /** Concerns raised during programmes, for the participants who raise them and the EDI leads. */
  Concerns concerns();

  /** The evaluation report, for the sponsor and HR admins, and the organisational figures it compares. */
  Reports reports();

  /** Process owners' library: validate and deploy diagrams, tables and forms, list and read their versions. */
  ProcessLibrary processLibrary();

  /**
   * A person's data protection rights (erasure, export, withdrawing consent) and the audit trail of who read what.
   *
   * @since 1.0
   */
  Privacy privacy();

  /**
   * The people who deliver programmes beside their manager and sponsor, and guests from outside the directory.
   *
   * @since 1.1
   */
  DeliveryTeam deliveryTeam();

  /**
   * The events a programme runs for its cohort: workshops, knowledge, coaching and feedback sessions, presentations.
   *
   * @since 1.1
   */
  ProgrammeEvents events();

  /**
   * Health for the host's checks, and the steps whose work failed, for HR admins to retry.
   *
   * @since 1.1
   */
  Operations operations();

  /** Stops the engine and releases its resources; the data stays in the database. */
  @Override
  void close();
}
