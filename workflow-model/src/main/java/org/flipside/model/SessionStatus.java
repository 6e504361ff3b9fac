package org.flipside.model;

/** Whether a pair met in a session period. */
public enum SessionStatus {
  HELD,
  MISSED
}
