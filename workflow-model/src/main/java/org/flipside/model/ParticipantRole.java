package org.flipside.model;

/** The side a person takes in a pair. */
public enum ParticipantRole {
  MENTOR,
  MENTEE
}
