package org.flipside.api;

/**
 * Where a published pair is in its life.
 *
 * @since 1.0
 */
public enum PartnershipStatus {
  /** The partners meet now. */
  ACTIVE,
  /** The pair completed the programme. */
  COMPLETED,
  /** The pair ended before the programme did. */
  ENDED_EARLY
}
