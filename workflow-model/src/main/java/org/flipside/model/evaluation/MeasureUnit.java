package org.flipside.model.evaluation;

import java.util.Locale;

/** What an organisational measure counts, which decides the values it takes and how the report writes them. */
public enum MeasureUnit {
  /** A percentage from 0 to 100. */
  PERCENTAGE,
  /** A whole number, 0 or more (members, leaders, people at an event). */
  COUNT,
  /** Any number (a score, a ratio). */
  NUMBER;

  /** Why the value does not fit, or null when it does. */
  String problem(double value) {
    return switch (this) {
      case PERCENTAGE -> value < 0 || value > 100 ? "must be a percentage from 0 to 100 but was " + value : null;
      case COUNT -> value < 0 || value != Math.rint(value) ? "must be a whole number, 0 or more, but was " + value
          : null;
      case NUMBER -> null;
    };
  }

  /** The unit as a person writes it in a request ("percentage", "count"). */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
