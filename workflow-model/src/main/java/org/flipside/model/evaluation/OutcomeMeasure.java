package org.flipside.model.evaluation;

import java.util.Locale;
import java.util.Optional;

/** The three organisational measures every programme has; a programme may define its own besides. */
public enum OutcomeMeasure {
  /** The focus group's share (percent) of the people at a band, or of the whole workforce. */
  REPRESENTATION("representation", "Share of staff", true, true),
  /** The percentage of a group who told the staff survey the organisation offers equal opportunities. */
  EQUAL_OPPORTUNITIES("equal_opportunities", "Say the organisation offers equal opportunities", false, true),
  /** How many members a staff network has. */
  NETWORK_SIZE("network_size", "Staff network members", false, false);

  private final String code;
  private final String label;
  private final boolean byBand;
  private final boolean percentage;

  OutcomeMeasure(String code, String label, boolean byBand, boolean percentage) {
    this.code = code;
    this.label = label;
    this.byBand = byBand;
    this.percentage = percentage;
  }

  /** How the measure is written in an imported file. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Whether each figure names a band (or "whole workforce"). */
  public boolean byBand() {
    return byBand;
  }

  /** A percentage from 0 to 100, rather than a count. */
  public boolean percentage() {
    return percentage;
  }

  /** The measure as the report and the imports see every measure. */
  public MeasureDefinition definition() {
    return new MeasureDefinition(code, label, percentage ? MeasureUnit.PERCENTAGE : MeasureUnit.COUNT, byBand, true,
        null);
  }

  static Optional<OutcomeMeasure> ofCode(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    for (OutcomeMeasure measure : values()) {
      if (measure.code.equals(wanted)) {
        return Optional.of(measure);
      }
    }
    return Optional.empty();
  }
}
