package org.flipside.sandbox.organisation;

/** How a synthetic employee describes their gender. */
public enum Gender {
  WOMAN,
  MAN,
  NON_BINARY
}
