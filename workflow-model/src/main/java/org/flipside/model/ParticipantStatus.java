package org.flipside.model;

/** Whether a participant is still taking part in their cohort. */
public enum ParticipantStatus {
  ACTIVE,
  WITHDRAWN,
  COMPLETED
}
