package org.flipside.model;

/** Lifecycle of a pairing; see {@link Pairing} for the allowed transitions. */
public enum PairingStatus {
  PROPOSED,
  REJECTED,
  DISCARDED,
  ACTIVE,
  COMPLETED,
  ENDED_EARLY
}
