package org.flipside.api;

/**
 * What an audit trail entry records.
 *
 * @since 1.0
 */
public enum AuditAction {
  /** Read the concerns raised in a programme. */
  READ_CONCERNS,
  /** Was shown one concern, with its text and who raised it, on the EDI lead's task. */
  READ_CONCERN,
  /** Was shown a partner's request for support, with its note. */
  READ_SUPPORT_NOTE,
  /**
   * Was shown a partner's request for coaching, with its note, on a coach's task.
   *
   * @since 1.1
   */
  READ_COACHING_NOTE,
  /** Read the matching of a programme, with its explanations. */
  READ_MATCH_REVIEW,
  /** Changed how far a programme's line-chain rule reaches, or whether the top of the organisation is matched. */
  LIMIT_LINE_CHAIN,
  /** Allowed one pair that a matching rule forbids; the subject is the cohort. */
  ALLOW_PAIR,
  /** Read a cohort's pulse figures. */
  READ_PULSE_FIGURES,
  /** Read a programme's evaluation report. */
  READ_EVALUATION_REPORT,
  /** Exported everything Flipside holds about an employee. */
  EXPORT_PERSONAL_DATA,
  /** Erased an employee's personal data on request. */
  ERASE_PERSONAL_DATA,
  /** Withdrew an employee's consent to the use of their protected characteristic. */
  WITHDRAW_CONSENT,
  /** Retention erased a closed programme's personal data and its engine history. */
  RETENTION_ERASURE,
  /** Read the audit trail itself. */
  READ_AUDIT_TRAIL,
  /**
   * Appointed someone to a programme's delivery team or to one of its stewards' posts; the subject is the
   * appointment, or the appointed employee for a steward.
   *
   * @since 1.1
   */
  APPOINT,
  /**
   * Withdrew an appointment to a programme's delivery team; the subject is the appointment.
   *
   * @since 1.1
   */
  WITHDRAW_APPOINTMENT,
  /**
   * Registered a guest from outside the directory; the subject is the guest's id.
   *
   * @since 1.1
   */
  REGISTER_GUEST
}
