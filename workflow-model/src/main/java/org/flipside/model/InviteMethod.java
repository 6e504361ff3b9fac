package org.flipside.model;

/** What a calendar invite in the outbox asks of the attendee's calendar (RFC 5546 {@code METHOD}). */
public enum InviteMethod {
  /** Add the event, or replace an earlier revision of it. */
  REQUEST,
  /** Remove the event. */
  CANCEL
}
