package org.flipside.api;

/**
 * What an organisational measure counts.
 *
 * @since 1.1
 */
public enum MeasureUnit {
  /** A percentage from 0 to 100. */
  PERCENTAGE,
  /** A whole number, 0 or more: members, leaders, people at an event. */
  COUNT,
  /** Any number: a score, a ratio. */
  NUMBER
}
