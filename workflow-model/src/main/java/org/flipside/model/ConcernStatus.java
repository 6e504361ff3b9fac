package org.flipside.model;

/** Handling state of a concern raised about a programme. */
public enum ConcernStatus {
  RAISED,
  ACKNOWLEDGED,
  RESOLVED
}
