package org.flipside.model.evaluation;

/** Where a snapshot's figures came from. */
public enum FigureSource {
  /** An imported CSV file. */
  CSV,
  /** Aggregates handed over by the host platform. */
  HOST
}
