package org.flipside.api;

/**
 * How a pair meets.
 *
 * @since 1.0
 */
public enum MeetingFormat {
  /** By video call. */
  ONLINE,
  /** Face to face. */
  IN_PERSON,
  /** By telephone. */
  PHONE,
  /** No single format: whichever suits each session. */
  MIXED
}
