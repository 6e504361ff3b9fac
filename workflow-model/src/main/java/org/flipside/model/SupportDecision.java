package org.flipside.model;

/** What the programme manager decided after a support conversation. */
public enum SupportDecision {
  /** The pairing goes on. */
  CONTINUE,
  /** The pairing closes and the partner who asked is matched again. */
  REMATCH,
  /** The pairing closes. */
  CLOSE
}
