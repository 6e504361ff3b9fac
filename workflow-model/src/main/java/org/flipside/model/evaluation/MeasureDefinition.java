package org.flipside.model.evaluation;

import java.util.Objects;

/**
 * An organisational measure, built in or a programme's own.
 *
 * @param code how files and requests name it ("representation", "leaders_in_staff_comms")
 * @param label how the report names it
 * @param unit what it counts
 * @param byBand whether each figure names a band (only representation does)
 * @param builtIn one of the three every programme has
 * @param description what it measures and where the figures come from, or null
 */
public record MeasureDefinition(String code, String label, MeasureUnit unit, boolean byBand, boolean builtIn,
    String description) {

  public MeasureDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
  }

  /** A figure of a built-in measure names the group it describes; a programme's own may describe everyone. */
  public boolean needsGroup() {
    return builtIn;
  }
}
