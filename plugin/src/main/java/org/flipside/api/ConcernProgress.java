package org.flipside.api;

/**
 * How far the EDI lead has taken a concern.
 *
 * @since 1.0
 */
public enum ConcernProgress {

  /** Raised, not acknowledged yet. */
  RAISED,

  /** The EDI lead has acknowledged it and is dealing with it. */
  ACKNOWLEDGED,

  /** Resolved, with its outcome recorded. */
  RESOLVED
}
