package org.flipside.api;

/**
 * How well a part of Flipside works, as a host's health check reads it (the order is from best to worst).
 *
 * @since 1.1
 */
public enum HealthStatus {
  /** Working. */
  UP,
  /** Working, with work held up: Flipside keeps trying, or waits for someone to act (the reason says which). */
  DEGRADED,
  /** Not working: nothing that needs this part moves on. */
  DOWN;

  /** The worse of the two. */
  public HealthStatus worse(HealthStatus other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
