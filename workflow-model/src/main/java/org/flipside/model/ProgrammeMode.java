package org.flipside.model;

/** How mentoring flows: REVERSE (junior mentors senior) or RECIPROCAL (both learn from each other). */
public enum ProgrammeMode {
  REVERSE,
  RECIPROCAL
}
