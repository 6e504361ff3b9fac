package org.flipside.api;

/**
 * How often a pair meets.
 *
 * @since 1.0
 */
public enum MeetingFrequency {
  /** Every week. */
  WEEKLY("P1W"),
  /** Every two weeks. */
  EVERY_TWO_WEEKS("P2W"),
  /** Every three weeks. */
  EVERY_THREE_WEEKS("P3W"),
  /** Every month. */
  EVERY_MONTH("P1M"),
  /** Every six weeks. */
  EVERY_SIX_WEEKS("P6W");

  private final String period;

  MeetingFrequency(String period) {
    this.period = period;
  }

  /** The interval as an ISO 8601 period, such as {@code P2W}. */
  public String period() {
    return period;
  }
}
