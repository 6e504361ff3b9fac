package org.flipside.model;

/** Which of the host's services an outbound message goes to. */
public enum OutboundChannel {

  /** A message for the host's notifier. */
  NOTIFICATION,

  /** A calendar invite for the host's calendar gateway. */
  CALENDAR_INVITE,

  /** A recognition record for the host's learning system. */
  LEARNING_RECORD
}
