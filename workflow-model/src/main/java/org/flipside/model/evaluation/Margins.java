package org.flipside.model.evaluation;

/** Which totals a breakdown publishes beside its cells. */
public enum Margins {
  /** A total for every row, every column, and a grand total. */
  ROWS_AND_COLUMNS,
  /** A total for every row only: the columns do not add up to anything meaningful. */
  ROWS_ONLY
}
