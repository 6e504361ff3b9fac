package org.flipside.model.matching;

/** Which side of a pairing a participant is on. */
public enum Side {
  MENTOR,
  MENTEE
}
