package org.flipside.api;

/**
 * Where a leader's follow-on commitment stands.
 *
 * @since 1.1
 */
public enum CommitmentStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  DROPPED
}
