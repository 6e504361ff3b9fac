package org.flipside.api;

/**
 * Who learns from whom.
 *
 * @since 1.0
 */
public enum ProgrammeMode {
  /** Junior colleagues mentor senior leaders. */
  REVERSE,
  /** Both partners mentor each other; the seniority gap may be zero. */
  RECIPROCAL
}
