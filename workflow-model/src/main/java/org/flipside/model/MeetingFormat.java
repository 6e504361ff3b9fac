package org.flipside.model;

/** How a pair meets; a null format means either or mixed. */
public enum MeetingFormat {
  ONLINE,
  IN_PERSON,
  PHONE
}
