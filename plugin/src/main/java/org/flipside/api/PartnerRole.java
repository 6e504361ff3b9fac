package org.flipside.api;

/**
 * A partner's side of a pair.
 *
 * @since 1.0
 */
public enum PartnerRole {
  /** The partner who mentors. */
  MENTOR,
  /** The partner who is mentored. */
  MENTEE
}
