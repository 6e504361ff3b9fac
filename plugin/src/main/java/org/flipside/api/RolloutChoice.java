package org.flipside.api;

/**
 * What the sponsor decides about a programme after its evaluation.
 *
 * @since 1.0
 */
public enum RolloutChoice {
  /** Run another cohort as it is. */
  CONTINUE,
  /** Run another cohort with a wider audience. */
  EXPAND,
  /** Close the programme. */
  STOP
}
